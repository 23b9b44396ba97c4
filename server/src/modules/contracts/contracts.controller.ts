import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { ContractsService } from './contracts.service.js';
import {
  ALLOWED_ATTACHMENT_TYPES,
  AttachmentDto,
  AttachmentQueryDto,
  ContractDetailDto,
  ContractListQueryDto,
  ContractPageDto,
  ContractStatusInputDto,
  ContractVersionDto,
  CreateContractDto,
  PaymentPlanDto,
  UpdateContractDto,
} from './contracts.dto.js';

@ApiTags('contracts')
@Controller('contracts')
export class ContractsController {
  constructor(private readonly contracts: ContractsService) {}

  @Get()
  @Permission('contracts', 'read')
  @ApiOperation({ operationId: 'listContracts', summary: 'Contracts in scope, filtered and paged' })
  @ApiOkResponse({ type: ContractPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ContractListQueryDto): Promise<ContractPageDto> {
    return this.contracts.list(actor, query);
  }

  @Get(':id')
  @Permission('contracts', 'read')
  @ApiOperation({ operationId: 'getContract', summary: 'A contract with its attachments and payment plan' })
  @ApiOkResponse({ type: ContractDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ContractDetailDto> {
    return this.contracts.get(actor, id);
  }

  @Post()
  @Permission('contracts', 'create')
  @ApiOperation({ operationId: 'createContract', summary: 'A draft contract from an order, an accepted quote, or on its own' })
  @ApiCreatedResponse({ type: ContractDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateContractDto): Promise<ContractDetailDto> {
    return this.contracts.create(actor, body);
  }

  @Patch(':id')
  @Permission('contracts', 'update')
  @ApiOperation({ operationId: 'updateContract', summary: 'Change a draft contract; the version read must be current' })
  @ApiOkResponse({ type: ContractDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateContractDto): Promise<ContractDetailDto> {
    return this.contracts.update(actor, id, body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Permission('contracts', 'update')
  @ApiOperation({ operationId: 'changeContractStatus', summary: 'In approval, signed (with the signing date), in force, expired or terminated' })
  @ApiOkResponse({ type: ContractDetailDto })
  changeStatus(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: ContractStatusInputDto): Promise<ContractDetailDto> {
    return this.contracts.changeStatus(actor, id, body);
  }

  @Post(':id/renew')
  @HttpCode(200)
  @Permission('contracts', 'update')
  @ApiOperation({ operationId: 'renewContract', summary: 'A successor draft for the next period, linked both ways' })
  @ApiOkResponse({ type: ContractDetailDto })
  renew(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: ContractVersionDto): Promise<ContractDetailDto> {
    return this.contracts.renew(actor, id, body.version);
  }

  @Put(':id/payment-plan')
  @Permission('contracts', 'update')
  @ApiOperation({ operationId: 'setContractPaymentPlan', summary: 'Replace the instalments; they add up to the contract amount' })
  @ApiOkResponse({ type: ContractDetailDto })
  setPaymentPlan(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: PaymentPlanDto): Promise<ContractDetailDto> {
    return this.contracts.setPaymentPlan(actor, id, body);
  }

  @Post(':id/attachments')
  @Permission('contracts', 'update')
  @ApiOperation({ operationId: 'attachToContract', summary: 'Attach a file (the request body; PDF, PNG, JPEG, Word or Excel; size-limited)' })
  @ApiConsumes(...Object.keys(ALLOWED_ATTACHMENT_TYPES))
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: AttachmentDto })
  attach(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: AttachmentQueryDto,
    @Headers('content-type') contentType: string | undefined,
    @Body() file: unknown,
  ): Promise<AttachmentDto> {
    return this.contracts.attach(actor, id, query.fileName, file, contentType);
  }

  @Get(':id/attachments/:attachmentId')
  @Permission('contracts', 'read')
  @ApiOperation({ operationId: 'downloadContractAttachment', summary: 'The attached file' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { attachment, stream } = await this.contracts.download(actor, id, attachmentId);
    void reply
      .header('content-type', attachment.contentType)
      .header('content-length', attachment.sizeBytes)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  }

  @Delete(':id/attachments/:attachmentId')
  @HttpCode(204)
  @Permission('contracts', 'update')
  @ApiOperation({ operationId: 'deleteContractAttachment', summary: 'Remove an attached file' })
  @ApiNoContentResponse()
  async detach(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Param('attachmentId', ParseIntPipe) attachmentId: number): Promise<void> {
    await this.contracts.detach(actor, id, attachmentId);
  }
}
