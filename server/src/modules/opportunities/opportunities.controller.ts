import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { OpportunitiesService } from './opportunities.service.js';
import { PipelinesService } from './pipelines.service.js';
import {
  BoardDto,
  BoardQueryDto,
  CreateOpportunityDto,
  MoveStageDto,
  OpportunityDetailDto,
  OpportunityListQueryDto,
  OpportunityPageDto,
  PipelineDto,
  PipelineInputDto,
  UpdateOpportunityDto,
} from './opportunities.dto.js';

@ApiTags('opportunities')
@Controller('pipelines')
export class PipelinesController {
  constructor(private readonly pipelines: PipelinesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'listPipelines', summary: 'Active pipelines with their ordered stages' })
  @ApiOkResponse({ type: [PipelineDto] })
  list(): Promise<PipelineDto[]> {
    return this.pipelines.list();
  }

  @Post()
  @Permission('settings', 'create')
  @ApiOperation({ operationId: 'createPipeline', summary: 'Add a pipeline with its stages' })
  @ApiCreatedResponse({ type: PipelineDto })
  create(@CurrentActor() actor: Actor, @Body() body: PipelineInputDto): Promise<PipelineDto> {
    return this.pipelines.create(actor, body);
  }

  @Put(':id')
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'updatePipeline', summary: 'Rename a pipeline and set its stages in order' })
  @ApiOkResponse({ type: PipelineDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: PipelineInputDto): Promise<PipelineDto> {
    return this.pipelines.update(actor, id, body);
  }
}

@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Get()
  @Permission('opportunities', 'read')
  @ApiOperation({ operationId: 'listOpportunities', summary: 'Opportunities in scope, filtered and paged' })
  @ApiOkResponse({ type: OpportunityPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: OpportunityListQueryDto): Promise<OpportunityPageDto> {
    return this.opportunities.list(actor, query);
  }

  @Get('board')
  @Permission('opportunities', 'read')
  @ApiOperation({ operationId: 'getOpportunityBoard', summary: 'Kanban columns of a pipeline with counts and totals' })
  @ApiOkResponse({ type: BoardDto })
  board(@CurrentActor() actor: Actor, @Query() query: BoardQueryDto): Promise<BoardDto> {
    return this.opportunities.board(actor, query);
  }

  @Get(':id')
  @Permission('opportunities', 'read')
  @ApiOperation({ operationId: 'getOpportunity', summary: 'An opportunity with lines, contacts and stage history' })
  @ApiOkResponse({ type: OpportunityDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<OpportunityDetailDto> {
    return this.opportunities.get(actor, id);
  }

  @Post()
  @Permission('opportunities', 'create')
  @ApiOperation({ operationId: 'createOpportunity', summary: 'Open an opportunity for a customer' })
  @ApiCreatedResponse({ type: OpportunityDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateOpportunityDto): Promise<OpportunityDetailDto> {
    return this.opportunities.create(actor, body);
  }

  @Patch(':id')
  @Permission('opportunities', 'update')
  @ApiOperation({ operationId: 'updateOpportunity', summary: 'Change an opportunity; the version read must be current' })
  @ApiOkResponse({ type: OpportunityDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateOpportunityDto) {
    return this.opportunities.update(actor, id, body);
  }

  @Post(':id/stage')
  @HttpCode(200)
  @Permission('opportunities', 'update')
  @ApiOperation({ operationId: 'moveOpportunityStage', summary: 'Move to another stage (won/lost stages close it)' })
  @ApiOkResponse({ type: OpportunityDetailDto })
  moveStage(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: MoveStageDto) {
    return this.opportunities.moveStage(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('opportunities', 'delete')
  @ApiOperation({ operationId: 'deleteOpportunity', summary: 'Delete an opportunity' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.opportunities.remove(actor, id);
  }
}
