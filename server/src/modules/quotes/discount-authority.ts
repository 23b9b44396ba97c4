import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { amount } from '../../common/money.js';
import { ancestorPaths } from '../../common/access/team-path.js';
import { Role, UserRole } from '../roles/role.entity.js';
import { Team } from '../teams/team.entity.js';
import { User } from '../users/user.entity.js';

/**
 * Who may quote which discount: each role carries the largest line discount its holders quote
 * without approval (none: no limit); a user holding several roles has the most generous one. A
 * discount beyond the author's limit goes to the manager of the author's team, and up the team
 * tree until a manager whose own limit covers it.
 */
@Injectable()
export class DiscountAuthority {
  constructor(private readonly dataSource: DataSource) {}

  /** The user's limit, percent; null when one of their roles has no limit. */
  async limitOf(userId: number): Promise<string | null> {
    const roles = await this.dataSource
      .getRepository(Role)
      .createQueryBuilder('r')
      .innerJoin(UserRole, 'ur', 'ur.roleId = r.id')
      .where('ur.userId = :userId', { userId })
      .getMany();
    if (roles.length === 0) return '0.00';
    if (roles.some((role) => role.maxDiscountPercent === null)) return null;
    return roles.map((role) => role.maxDiscountPercent!).reduce((best, limit) => (amount(limit).greaterThan(best) ? limit : best));
  }

  covers(limit: string | null, discount: string): boolean {
    return limit === null || amount(discount).lessThanOrEqualTo(limit);
  }

  /** The approver of a discount the author may not give alone, or null when nobody up the tree may. */
  async approverFor(authorId: number, teamPath: string, discount: string): Promise<number | null> {
    const teams = await this.dataSource.getRepository(Team).find({ where: { teamPath: In(ancestorPaths(teamPath)) } });
    teams.sort((a, b) => b.teamPath.length - a.teamPath.length);
    const managerIds = [...new Set(teams.map((team) => team.managerId).filter((id): id is number => id !== null && id !== authorId))];
    if (managerIds.length === 0) return null;
    const active = new Set(
      (await this.dataSource.getRepository(User).find({ select: { id: true }, where: { id: In(managerIds), isActive: true } })).map((u) => u.id),
    );
    for (const managerId of managerIds) {
      if (active.has(managerId) && this.covers(await this.limitOf(managerId), discount)) return managerId;
    }
    return null;
  }
}
