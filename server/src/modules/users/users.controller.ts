import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/access/decorators.js';
import { UsersService } from './users.service.js';

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
}
