import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { TeamsService } from './teams.service.js';
import { CreateTeamDto, MoveTeamDto, TeamDto, UpdateTeamDto } from './teams.dto.js';

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'listTeams', summary: 'The team tree, parents before children' })
  @ApiOkResponse({ type: [TeamDto] })
  list(): Promise<TeamDto[]> {
    return this.teams.list();
  }

  @Post()
  @Permission('teams', 'create')
  @ApiOperation({ operationId: 'createTeam', summary: 'Add a team under a parent' })
  @ApiCreatedResponse({ type: TeamDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTeamDto): Promise<TeamDto> {
    return this.teams.create(actor, body);
  }

  @Patch(':id')
  @Permission('teams', 'update')
  @ApiOperation({ operationId: 'updateTeam', summary: 'Rename a team, change its kind or manager' })
  @ApiOkResponse({ type: TeamDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateTeamDto): Promise<TeamDto> {
    return this.teams.update(actor, id, body);
  }

  @Post(':id/move')
  @HttpCode(200)
  @Permission('teams', 'update')
  @ApiOperation({ operationId: 'moveTeam', summary: 'Move a team and its sub-teams under another parent' })
  @ApiOkResponse({ type: TeamDto })
  move(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: MoveTeamDto): Promise<TeamDto> {
    return this.teams.move(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('teams', 'delete')
  @ApiOperation({ operationId: 'deleteTeam', summary: 'Delete an empty team' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.teams.remove(actor, id);
  }
}
