import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/access/decorators.js';
import { TeamsRepository } from './teams.repository.js';

export class TeamDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['company', 'department', 'team', 'subteam'], enumName: 'TeamKind' }) teamKind: string;
  @ApiProperty({ nullable: true, type: Number }) parentId: number | null;
  @ApiProperty({ nullable: true, type: Number }) managerId: number | null;
}

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsRepository) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'listTeams', summary: 'The team tree, parents before children' })
  @ApiOkResponse({ type: [TeamDto] })
  async list(): Promise<TeamDto[]> {
    const teams = await this.teams.listAll();
    return teams.map(({ id, name, teamKind, parentId, managerId }) => ({ id, name, teamKind, parentId, managerId }));
  }
}
