import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildAbility } from './ability.js';
import { Actor } from './actor.js';
import { User } from '../../modules/users/user.entity.js';
import { Team } from '../../modules/teams/team.entity.js';
import { Role, RoleGrant, UserRole } from '../../modules/roles/role.entity.js';
import { isAction, isDataScope, isModuleKey, type ModuleGrant } from './permissions.js';

const CACHE_TTL_MS = 30_000;

interface CachedActor {
  actor: Actor | null;
  loadedAt: number;
}

/**
 * Turns a user id into an Actor (profile + CASL ability). Cached briefly; any change to users,
 * roles or teams calls invalidate(), so it applies on the user's next request.
 */
@Injectable()
export class AccessService {
  private readonly cache = new Map<number, CachedActor>();

  constructor(private readonly dataSource: DataSource) {}

  invalidate(userId?: number): void {
    if (userId === undefined) this.cache.clear();
    else this.cache.delete(userId);
  }

  /** null when the user does not exist or is deactivated. */
  async actorFor(userId: number): Promise<Actor | null> {
    const cached = this.cache.get(userId);
    if (cached && Date.now() - cached.loadedAt < CACHE_TTL_MS) return cached.actor;
    const actor = await this.load(userId);
    this.cache.set(userId, { actor, loadedAt: Date.now() });
    return actor;
  }

  private async load(userId: number): Promise<Actor | null> {
    // Property names, not column names: TypeORM quotes them for each engine (Oracle is case-sensitive).
    const childTeams = this.dataSource.createQueryBuilder().subQuery().select('COUNT(*)').from(Team, 'c').where('c.parentId = t.id').getQuery();
    const users: Array<Record<string, unknown>> = await this.dataSource
      .createQueryBuilder(User, 'u')
      .innerJoin(Team, 't', 't.id = u.teamId')
      .select('u.id', 'id')
      .addSelect('u.username', 'username')
      .addSelect('u.displayName', 'display_name')
      .addSelect('u.locale', 'locale')
      .addSelect('t.id', 'team_id')
      .addSelect('t.name', 'team_name')
      .addSelect('t.teamPath', 'team_path')
      .addSelect(childTeams, 'child_teams')
      .where('u.id = :userId', { userId })
      .andWhere('u.isActive = :active', { active: true })
      .getRawMany();
    const user = users[0];
    if (!user) return null;
    const get = (key: string) => user[key] ?? user[key.toUpperCase()];

    const grantRows: Array<Record<string, unknown>> = await this.dataSource
      .createQueryBuilder(UserRole, 'ur')
      .innerJoin(Role, 'r', 'r.id = ur.roleId')
      .leftJoin(RoleGrant, 'g', 'g.roleId = r.id')
      .select('r.roleKey', 'role_key')
      .addSelect('g.moduleKey', 'module_key')
      .addSelect('g.actions', 'actions')
      .addSelect('g.dataScope', 'data_scope')
      .where('ur.userId = :userId', { userId })
      .getRawMany();

    const roles = new Set<string>();
    const grants: ModuleGrant[] = [];
    for (const row of grantRows) {
      const value = (key: string) => (row[key] ?? row[key.toUpperCase()]) as string | null;
      roles.add(value('role_key') as string);
      const module = value('module_key');
      const scope = value('data_scope');
      if (!module || !scope || !isModuleKey(module) || !isDataScope(scope)) continue;
      const actions = (value('actions') ?? '').split(',').map((a) => a.trim()).filter(isAction);
      grants.push({ module, actions, scope });
    }

    const teamPath = String(get('team_path'));
    const ability = buildAbility(
      { userId, teamPath, teamHasChildren: Number(get('child_teams')) > 0 },
      grants,
    );
    return new Actor(
      {
        id: Number(get('id')),
        username: String(get('username')),
        displayName: String(get('display_name')),
        teamId: Number(get('team_id')),
        teamName: String(get('team_name')),
        teamPath,
        locale: String(get('locale') ?? 'en'),
        roles: [...roles].sort(),
      },
      ability,
      grants,
    );
  }

}

