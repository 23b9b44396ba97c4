import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import type { SelectQueryBuilder } from 'typeorm';
import { AccessScope, whereInScope } from '../../common/access/scope-query.js';
import { likePattern } from '../../common/database/dialect.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { Page } from '../../common/pagination/paginate.js';
import { Role, UserRole } from '../roles/role.entity.js';
import { Team } from '../teams/team.entity.js';
import { User } from './user.entity.js';
import type { UserListQueryDto } from './users.dto.js';

export interface LoginRecord {
  id: number;
  username: string;
  passwordHash: string;
  isActive: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

export const USER_SORTS = { username: 'username', displayName: 'displayName', createdAt: 'createdAt' };

@Injectable()
export class UsersRepository {
  private readonly users: Repository<User>;

  constructor(private readonly dataSource: DataSource) {
    this.users = dataSource.getRepository(User);
  }

  /**
   * Users are scoped like records: "own" is the user themself (ownerId is the user's id) and
   * "team" is the team subtree they belong to.
   */
  private scoped(scope: AccessScope, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<User> {
    const qb = manager.createQueryBuilder(User, 'u').innerJoin(Team, 't', 't.id = u.teamId');
    return whereInScope(qb, (field) => (field === 'teamPath' ? 't.teamPath' : 'u.id'), scope);
  }

  findPage(scope: AccessScope, query: UserListQueryDto): Promise<Page<User>> {
    const qb = this.scoped(scope);
    if (query.q) {
      const pattern = likePattern(query.q.toLowerCase(), 'prefix');
      qb.andWhere(
        new Brackets((text) =>
          text
            .where('LOWER(u.username) LIKE :pattern')
            .orWhere('LOWER(u.displayName) LIKE :pattern')
            .orWhere('LOWER(u.email) LIKE :pattern'),
        ),
        { pattern },
      );
    }
    if (query.teamId !== undefined) qb.andWhere('u.teamId = :teamId', { teamId: query.teamId });
    if (query.role) {
      const holders = qb.subQuery().select('ur.userId').from(UserRole, 'ur').innerJoin(Role, 'r', 'r.id = ur.roleId').where('r.roleKey = :role').getQuery();
      qb.andWhere(`u.id IN ${holders}`, { role: query.role });
    }
    const status = query.status ?? 'active';
    if (status !== 'all') qb.andWhere('u.isActive = :active', { active: status === 'active' });
    return paginate(qb, 'u', query, USER_SORTS, { key: 'username', order: 'asc' });
  }

  findInScope(scope: AccessScope, id: number, manager?: EntityManager): Promise<User | null> {
    return this.scoped(scope, manager).andWhere('u.id = :id', { id }).getOne();
  }

  /** Role keys of many users in one query. */
  async rolesOf(userIds: number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, string[]>> {
    const result = new Map<number, string[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return result;
    const rows = await manager
      .createQueryBuilder(UserRole, 'ur')
      .innerJoin(Role, 'r', 'r.id = ur.roleId')
      .select('ur.userId', 'user_id')
      .addSelect('r.roleKey', 'role_key')
      .where({ userId: In(userIds) })
      .getRawMany<Record<string, unknown>>();
    for (const row of rows) result.get(Number(row.user_id ?? row.USER_ID))?.push(String(row.role_key ?? row.ROLE_KEY));
    for (const roles of result.values()) roles.sort();
    return result;
  }

  async teamsOf(teamIds: number[]): Promise<Map<number, Team>> {
    const teams = teamIds.length ? await this.dataSource.getRepository(Team).findBy({ id: In([...new Set(teamIds)]) }) : [];
    return new Map(teams.map((team) => [team.id, team]));
  }

  async setRoles(manager: EntityManager, userId: number, roleIds: number[]): Promise<void> {
    await manager.delete(UserRole, { userId });
    if (roleIds.length) await manager.insert(UserRole, roleIds.map((roleId) => ({ userId, roleId })));
  }

  async insert(manager: EntityManager, values: Partial<User>): Promise<number> {
    const { identifiers } = await manager.insert(User, values);
    return Number(identifiers[0].id);
  }

  /** Active users holding the role, other than `exceptUserId`. */
  countActiveHolders(manager: EntityManager, roleKey: string, exceptUserId: number): Promise<number> {
    return manager
      .createQueryBuilder(User, 'u')
      .innerJoin(UserRole, 'ur', 'ur.userId = u.id')
      .innerJoin(Role, 'r', 'r.id = ur.roleId')
      .where('r.roleKey = :roleKey AND u.isActive = :active AND u.id <> :exceptUserId', { roleKey, active: true, exceptUserId })
      .getCount();
  }

  usernameTaken(username: string): Promise<boolean> {
    return this.users.createQueryBuilder('u').where('LOWER(u.username) = LOWER(:username)', { username }).getExists();
  }

  findForLogin(username: string): Promise<LoginRecord | null> {
    return this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.username', 'u.passwordHash', 'u.isActive', 'u.failedLogins', 'u.lockedUntil'])
      .where('u.username = :username', { username })
      .getOne();
  }

  /** Counts a failure and locks the account once it reaches maxFailures; returns the new count. */
  async recordFailure(userId: number, maxFailures: number, lockUntil: Date): Promise<number> {
    await this.users
      .createQueryBuilder()
      .update()
      .set({ failedLogins: () => 'failed_logins + 1' })
      .where('id = :userId', { userId })
      .execute();
    const { failedLogins } = await this.users.findOneOrFail({ where: { id: userId }, select: { id: true, failedLogins: true } });
    if (failedLogins >= maxFailures) await this.users.update(userId, { lockedUntil: lockUntil, failedLogins: 0 });
    return failedLogins;
  }

  async recordSuccess(userId: number): Promise<void> {
    await this.users.update(userId, { failedLogins: 0, lockedUntil: null });
  }

  /** The team path a record owned by this user carries; null for unknown or inactive users. */
  async findOwnerPlacement(id: number): Promise<{ id: number; teamPath: string } | null> {
    const row = await this.users
      .createQueryBuilder('u')
      .innerJoin(Team, 't', 't.id = u.teamId')
      .select('u.id', 'id')
      .addSelect('t.teamPath', 'team_path')
      .where('u.id = :id AND u.isActive = :active', { id, active: true })
      .getRawOne<Record<string, unknown>>();
    if (!row) return null;
    return { id: Number(row.id ?? row.ID), teamPath: String(row.team_path ?? row.TEAM_PATH) };
  }

  findById(id: number): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** Active users by user name or display name, with the team path their records carry (imports name owners so). */
  async findOwnerPlacementsByName(names: string[]): Promise<Array<{ id: number; username: string; displayName: string; teamPath: string }>> {
    if (names.length === 0) return [];
    const rows = await this.users
      .createQueryBuilder('u')
      .innerJoin(Team, 't', 't.id = u.teamId')
      .select('u.id', 'id')
      .addSelect('u.username', 'username')
      .addSelect('u.displayName', 'display_name')
      .addSelect('t.teamPath', 'team_path')
      .where('(u.username IN (:...names) OR u.displayName IN (:...names)) AND u.isActive = :active', { names, active: true })
      .getRawMany<Record<string, unknown>>();
    return rows.map((row) => ({
      id: Number(row.id ?? row.ID),
      username: String(row.username ?? row.USERNAME),
      displayName: String(row.display_name ?? row.DISPLAY_NAME),
      teamPath: String(row.team_path ?? row.TEAM_PATH),
    }));
  }

  /** Users a record may be assigned to, for owner pickers: id, name and team. */
  listActive(): Promise<Array<Pick<User, 'id' | 'username' | 'displayName' | 'teamId'>>> {
    return this.users.find({
      select: { id: true, username: true, displayName: true, teamId: true },
      where: { isActive: true },
      order: { displayName: 'ASC' },
    });
  }
}
