import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { UsersService } from './users.service.js';
import {
  CreateUserDto,
  ResetPasswordDto,
  TransferRecordsDto,
  TransferResultDto,
  UpdateUserDto,
  UserDto,
  UserListQueryDto,
  UserPageDto,
} from './users.dto.js';

export class UserOptionDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() teamId: number;
}

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('options')
  @Authenticated()
  @ApiOperation({ operationId: 'listUserOptions', summary: 'Active users, for owner pickers' })
  @ApiOkResponse({ type: [UserOptionDto] })
  options(): Promise<UserOptionDto[]> {
    return this.users.listAssignable();
  }

  @Get()
  @Permission('users', 'read')
  @ApiOperation({ operationId: 'listUsers', summary: 'Users in scope, with team and roles' })
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: UserListQueryDto): Promise<UserPageDto> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @Permission('users', 'read')
  @ApiOperation({ operationId: 'getUser', summary: 'A user' })
  @ApiOkResponse({ type: UserDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<UserDto> {
    return this.users.get(actor, id);
  }

  @Post()
  @Permission('users', 'create')
  @ApiOperation({ operationId: 'createUser', summary: 'Create a user; only roles within your own permissions' })
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @Permission('users', 'update')
  @ApiOperation({ operationId: 'updateUser', summary: 'Change name, email, team, roles or language' })
  @ApiOkResponse({ type: UserDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Permission('users', 'update')
  @ApiOperation({ operationId: 'deactivateUser', summary: 'Stop a user logging in; their records stay' })
  @ApiOkResponse({ type: UserDto })
  deactivate(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<UserDto> {
    return this.users.setActive(actor, id, false);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Permission('users', 'update')
  @ApiOperation({ operationId: 'activateUser', summary: 'Let a deactivated user log in again' })
  @ApiOkResponse({ type: UserDto })
  activate(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<UserDto> {
    return this.users.setActive(actor, id, true);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @Permission('users', 'update')
  @ApiOperation({ operationId: 'resetUserPassword', summary: 'Set a new password and end the user’s sessions' })
  @ApiOkResponse({ type: UserDto })
  resetPassword(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: ResetPasswordDto) {
    return this.users.resetPassword(actor, id, body);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @Permission('users', 'update')
  @ApiOperation({ operationId: 'unlockUser', summary: 'Lift a lock caused by failed logins' })
  @ApiOkResponse({ type: UserDto })
  unlock(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<UserDto> {
    return this.users.unlock(actor, id);
  }

  @Post(':id/transfer-records')
  @HttpCode(200)
  @Permission('users', 'assign')
  @ApiOperation({ operationId: 'transferUserRecords', summary: 'Give every record the user owns to another user' })
  @ApiOkResponse({ type: TransferResultDto })
  transferRecords(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: TransferRecordsDto) {
    return this.users.transferRecords(actor, id, body);
  }
}
