import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { OwnershipService } from '../../common/access/ownership.service.js';
import { AccessService } from '../../common/access/access.service.js';
import { childPath } from '../../common/access/team-path.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { conflict, foundOrFail, invalid, staleVersion } from '../../common/errors/app-error.js';
import { User } from '../users/user.entity.js';
import { createTeam } from '../../seed/initial-setup.js';
import { Team } from './team.entity.js';
import { updateVersioned } from '../../common/database/versioned-update.js';
import { TeamsRepository } from './teams.repository.js';
import type { CreateTeamDto, MoveTeamDto, TeamDto, UpdateTeamDto } from './teams.dto.js';

@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamsRepository,
    private readonly ownership: OwnershipService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  companyName(): Promise<string> {
    return this.teams.companyName();
  }

  async list(): Promise<TeamDto[]> {
    const [teams, members] = await Promise.all([this.teams.listAll(), this.teams.memberCounts()]);
    return teams.map((team) => toTeamDto(team, members.get(team.id) ?? 0));
  }

  findById(id: number): Promise<Team | null> {
    return this.teams.findById(id);
  }

  async create(actor: Actor, dto: CreateTeamDto): Promise<TeamDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const parent = await this.teams.findById(dto.parentId, manager);
      if (!parent) throw invalid([{ field: 'parentId', reason: 'is not a team' }]);
      await this.assertManager(dto.managerId);
      const team = await createTeam(manager, dto.name, dto.teamKind, parent);
      if (dto.managerId) await manager.update('teams', { id: team.id }, { managerId: dto.managerId });
      await this.audit.recordChange(manager, actor, 'team', 'create', team.id, null, { ...dto });
      return team.id;
    });
    // A parent gaining its first sub-team widens its members' team scope.
    this.access.invalidate();
    return this.get(id);
  }

  async update(actor: Actor, id: number, dto: UpdateTeamDto): Promise<TeamDto> {
    await this.assertManager(dto.managerId);
    await this.dataSource.transaction(async (manager) => {
      const before = foundOrFail(await this.teams.findById(id, manager), 'Team', id);
      const { version, ...changes } = dto;
      if (!(await updateVersioned(manager, Team, id, version, changes))) throw staleVersion('Team', id, before.version);
      await this.audit.recordChange(manager, actor, 'team', 'update', id, before, { ...before, ...changes });
    });
    return this.get(id);
  }

  /**
   * Moves a team with its sub-teams under another parent. Every path in the subtree changes, and
   * so does the team path on every record owned there: managers above see them at once.
   */
  async move(actor: Actor, id: number, dto: MoveTeamDto): Promise<TeamDto> {
    await this.dataSource.transaction(async (manager) => {
      const all = await this.teams.listAll(manager);
      const team = foundOrFail(all.find((t) => t.id === id), 'Team', id);
      const parent = all.find((t) => t.id === dto.parentId);
      if (!team.parentId) throw conflict('TEAM_IS_ROOT', 'The company team cannot be moved');
      if (team.version !== dto.version) throw staleVersion('Team', id, team.version);
      if (!parent) throw invalid([{ field: 'parentId', reason: 'is not a team' }]);
      if (parent.teamPath.startsWith(team.teamPath)) {
        throw invalid([{ field: 'parentId', reason: 'is the team itself or one of its sub-teams' }]);
      }
      const newPath = childPath(parent.teamPath, team.id);
      const moves = all
        .filter((t) => t.teamPath.startsWith(team.teamPath))
        .map((t) => ({ id: t.id, from: t.teamPath, to: newPath + t.teamPath.slice(team.teamPath.length) }));
      for (const move of moves) await this.teams.setPath(manager, move.id, move.to);
      await updateVersioned(manager, Team, id, dto.version, { parentId: parent.id });
      await this.ownership.retagTeamPaths(manager, moves);
      await this.audit.recordChange(manager, actor, 'team', 'update', id, { parentId: team.parentId }, { parentId: parent.id });
    });
    return this.get(id);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const all = await this.teams.listAll(manager);
      const team = foundOrFail(all.find((t) => t.id === id), 'Team', id);
      if (!team.parentId) throw conflict('TEAM_IS_ROOT', 'The company team cannot be deleted');
      if (all.some((t) => t.parentId === id)) throw conflict('TEAM_HAS_SUBTEAMS', 'Move or delete its sub-teams first');
      if (await this.teams.hasMembers(manager, id)) throw conflict('TEAM_HAS_MEMBERS', 'Move its members to another team first');
      await this.teams.delete(manager, id);
      await this.audit.recordChange(manager, actor, 'team', 'delete', id, team, null);
    });
    this.access.invalidate();
  }

  private async get(id: number): Promise<TeamDto> {
    const team = foundOrFail((await this.list()).find((t) => t.id === id), 'Team', id);
    return team;
  }

  private async assertManager(managerId: number | null | undefined): Promise<void> {
    if (!managerId) return;
    const user = await this.dataSource.getRepository(User).findOneBy({ id: managerId, isActive: true });
    if (!user) throw invalid([{ field: 'managerId', reason: 'is not an active user' }]);
  }
}

function toTeamDto(team: Team, memberCount: number): TeamDto {
  const { id, name, teamKind, parentId, managerId, version } = team;
  return { id, name, teamKind, parentId, managerId, memberCount, version };
}
