import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { CustomerPoolService } from './customer-pool.service.js';
import { CustomersService } from './customers.service.js';
import { PoolSettingsDto, PoolStatsDto, SweepResultDto } from './customer-pool.dto.js';
import { CustomerDto, CustomerListQueryDto, CustomerPageDto } from './customers.dto.js';

@ApiTags('customer-pool')
@Controller('customer-pool')
export class CustomerPoolController {
  constructor(
    private readonly pool: CustomerPoolService,
    private readonly customers: CustomersService,
  ) {}

  @Get()
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'listCustomerPool', summary: 'Customers waiting in the pools of the user’s team and the teams above it' })
  @ApiOkResponse({ type: CustomerPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: CustomerListQueryDto): Promise<CustomerPageDto> {
    return this.customers.list(actor, query, actor.poolScope('customers'));
  }

  @Get('stats')
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'getCustomerPoolStats', summary: 'Pool figures over the customers in the user’s scope' })
  @ApiOkResponse({ type: PoolStatsDto })
  stats(@CurrentActor() actor: Actor): Promise<PoolStatsDto> {
    return this.pool.stats(actor);
  }

  @Get('settings')
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'getCustomerPoolSettings', summary: 'Idle-day rules, the per-person cap and the re-claim cool-down' })
  @ApiOkResponse({ type: PoolSettingsDto })
  settings(): Promise<PoolSettingsDto> {
    return this.pool.settings();
  }

  @Put('settings')
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'saveCustomerPoolSettings', summary: 'Set the idle-day rules, cap and cool-down' })
  @ApiOkResponse({ type: PoolSettingsDto })
  saveSettings(@CurrentActor() actor: Actor, @Body() body: PoolSettingsDto): Promise<PoolSettingsDto> {
    return this.pool.saveSettings(actor, body);
  }

  @Post('sweep')
  @HttpCode(200)
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'sweepCustomerPool', summary: 'Return idle customers to the pool now (also runs hourly)' })
  @ApiOkResponse({ type: SweepResultDto })
  async sweep(@CurrentActor() actor: Actor): Promise<SweepResultDto> {
    return { released: await this.pool.sweep(actor) };
  }
}

@ApiTags('customer-pool')
@Controller('customers')
export class CustomerPoolMovesController {
  constructor(
    private readonly pool: CustomerPoolService,
    private readonly customers: CustomersService,
  ) {}

  @Post(':id/release')
  @HttpCode(204)
  @Permission('customers', 'update')
  @ApiOperation({ operationId: 'releaseCustomer', summary: 'Give a customer back to the team pool (it leaves the releaser’s list)' })
  @ApiNoContentResponse()
  async release(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.pool.release(actor, id);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Permission('customers', 'update')
  @ApiOperation({ operationId: 'claimCustomer', summary: 'Take a customer from the pool' })
  @ApiOkResponse({ type: CustomerDto })
  async claim(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<CustomerDto> {
    await this.pool.claim(actor, id);
    return this.customers.get(actor, id);
  }
}
