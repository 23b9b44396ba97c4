import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { ActivitiesService } from './activities.service.js';
import { TimelineService } from './timeline.service.js';
import {
  ActivityDto,
  ActivityListQueryDto,
  ActivityPageDto,
  CreateActivityDto,
  TimelineDto,
  TimelineQueryDto,
  UpdateActivityDto,
} from './activities.dto.js';

@ApiTags('activities')
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  @Permission('activities', 'read')
  @ApiOperation({ operationId: 'listActivities', summary: 'Follow-up activities in scope, newest first' })
  @ApiOkResponse({ type: ActivityPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ActivityListQueryDto): Promise<ActivityPageDto> {
    return this.activities.list(actor, query);
  }

  @Get(':id')
  @Permission('activities', 'read')
  @ApiOperation({ operationId: 'getActivity', summary: 'An activity' })
  @ApiOkResponse({ type: ActivityDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ActivityDto> {
    return this.activities.get(actor, id);
  }

  @Post()
  @Permission('activities', 'create')
  @ApiOperation({ operationId: 'createActivity', summary: 'Log a call, visit, meeting, email or note' })
  @ApiCreatedResponse({ type: ActivityDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateActivityDto): Promise<ActivityDto> {
    return this.activities.create(actor, body);
  }

  @Patch(':id')
  @Permission('activities', 'update')
  @ApiOperation({ operationId: 'updateActivity', summary: 'Change an activity' })
  @ApiOkResponse({ type: ActivityDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateActivityDto): Promise<ActivityDto> {
    return this.activities.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('activities', 'delete')
  @ApiOperation({ operationId: 'deleteActivity', summary: 'Delete an activity' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.activities.remove(actor, id);
  }
}

@ApiTags('customers')
@Controller('customers')
export class CustomerTimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get(':id/timeline')
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'getCustomerTimeline', summary: 'Activities, opportunities, stage changes and audit events, newest first' })
  @ApiOkResponse({ type: TimelineDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Query() query: TimelineQueryDto): Promise<TimelineDto> {
    return this.timeline.forCustomer(actor, id, query);
  }
}
