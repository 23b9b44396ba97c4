import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service.js';
import { User } from '../users/user.entity.js';
import { Team } from '../teams/team.entity.js';
import { LeadRule } from './lead.entity.js';
import type { Lead } from './lead.entity.js';
import { LeadsRepository } from './leads.repository.js';

export interface Placement {
  ownerId: number | null;
  teamPath: string;
}

/**
 * Where a new lead goes: the first active rule (highest priority) whose field matches sends it to
 * a team, whose members who may work leads take turns; a team without such members keeps it in
 * its pool, and a lead no rule matches waits in the fallback pool.
 */
@Injectable()
export class LeadAssignment {
  constructor(
    private readonly leads: LeadsRepository,
    private readonly access: AccessService,
  ) {}

  async place(manager: EntityManager, lead: Partial<Lead>, fallbackTeamPath: string): Promise<Placement> {
    const rules = await this.leads.activeRules(manager);
    const rule = rules.find((r) => !r.matchField || (lead[r.matchField] ?? null) === r.matchValue);
    if (!rule) return { ownerId: null, teamPath: fallbackTeamPath };
    const team = await manager.findOneBy(Team, { id: rule.teamId });
    if (!team) return { ownerId: null, teamPath: fallbackTeamPath };
    const members = await this.workers(manager, team.id);
    if (members.length === 0) return { ownerId: null, teamPath: team.teamPath };
    const next = members.find((id) => rule.lastUserId === null || id > rule.lastUserId) ?? members[0];
    await manager.update(LeadRule, { id: rule.id }, { lastUserId: next });
    return { ownerId: next, teamPath: team.teamPath };
  }

  /** Active members of the team who may work leads, in a stable order. */
  private async workers(manager: EntityManager, teamId: number): Promise<number[]> {
    const users = await manager.find(User, { select: { id: true }, where: { teamId, isActive: true }, order: { id: 'ASC' } });
    const able: number[] = [];
    for (const user of users) {
      const actor = await this.access.actorFor(user.id);
      if (actor?.can('update', 'leads')) able.push(user.id);
    }
    return able;
  }
}
