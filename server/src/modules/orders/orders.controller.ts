import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { OrdersService } from './orders.service.js';
import { CreateOrderDto, OrderDetailDto, OrderListQueryDto, OrderPageDto, OrderStatusInputDto, UpdateOrderDto } from './orders.dto.js';

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  @Permission('orders', 'read')
  @ApiOperation({ operationId: 'listOrders', summary: 'Orders in scope, filtered (late ones on request) and paged' })
  @ApiOkResponse({ type: OrderPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: OrderListQueryDto): Promise<OrderPageDto> {
    return this.orders.list(actor, query);
  }

  @Get(':id')
  @Permission('orders', 'read')
  @ApiOperation({ operationId: 'getOrder', summary: 'An order with its lines, status history and next possible statuses' })
  @ApiOkResponse({ type: OrderDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<OrderDetailDto> {
    return this.orders.get(actor, id);
  }

  @Post()
  @Permission('orders', 'create')
  @ApiOperation({ operationId: 'createOrder', summary: 'The order of an accepted quote' })
  @ApiCreatedResponse({ type: OrderDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrderDto): Promise<OrderDetailDto> {
    return this.orders.createFromQuote(actor, body);
  }

  @Patch(':id')
  @Permission('orders', 'update')
  @ApiOperation({ operationId: 'updateOrder', summary: 'Change the promised date, address or notes of an open order' })
  @ApiOkResponse({ type: OrderDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateOrderDto): Promise<OrderDetailDto> {
    return this.orders.update(actor, id, body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Permission('orders', 'update')
  @ApiOperation({ operationId: 'changeOrderStatus', summary: 'Move the order one step: confirmed, in delivery, delivered, completed, or cancelled' })
  @ApiOkResponse({ type: OrderDetailDto })
  changeStatus(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: OrderStatusInputDto): Promise<OrderDetailDto> {
    return this.orders.changeStatus(actor, id, body);
  }
}
