import { DataSource, EntityManager, IsNull } from 'typeorm';
import { childPath } from '../common/access/team-path.js';
import { hashPassword, passwordProblems } from '../common/auth/passwords.js';
import { Role, RoleGrant, UserRole } from '../modules/roles/role.entity.js';
import { Team, type TeamKind } from '../modules/teams/team.entity.js';
import { User } from '../modules/users/user.entity.js';
import { DEFAULT_ROLES } from './default-roles.js';
import { Picklist, PicklistOption } from '../common/picklists/picklist.entity.js';
import { DEFAULT_PICKLISTS } from '../common/picklists/default-picklists.js';
import { Pipeline, PipelineStage } from '../modules/opportunities/opportunity.entity.js';
import { DEFAULT_PIPELINES } from './default-pipelines.js';

/**
 * Roles, the company's root team and the default picklists, which every installation needs before
 * its first user. Missing default picklists are added at every start, so upgrades bring new ones.
 */
export async function ensureDefaults(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const existing = new Set((await manager.find(Picklist)).map((p) => p.picklistKey));
    for (const set of DEFAULT_PICKLISTS.filter((p) => !existing.has(p.key))) {
      await manager.insert(Picklist, { picklistKey: set.key, labelEn: set.en, labelZh: set.zh, isSystem: true, version: 1 });
      await manager.insert(
        PicklistOption,
        set.options.map(([optionKey, labelEn, labelZh, color], i) => ({
          picklistKey: set.key,
          optionKey,
          labelEn,
          labelZh,
          color: color ?? null,
          sortOrder: (i + 1) * 10,
          isActive: true,
          version: 1,
        })),
      );
    }
    if ((await manager.count(Role)) === 0) {
      for (const definition of DEFAULT_ROLES) {
        const { identifiers } = await manager.insert(Role, {
          roleKey: definition.key,
          name: definition.name,
          description: definition.description,
          maxDiscountPercent: definition.maxDiscountPercent,
          isSystem: true,
          version: 1,
        });
        const roleId = Number(identifiers[0].id);
        await manager.insert(
          RoleGrant,
          definition.grants.map((grant) => ({
            roleId,
            moduleKey: grant.module,
            actions: grant.actions.join(','),
            dataScope: grant.scope,
          })),
        );
      }
    }
    if ((await manager.count(Team)) === 0) await createTeam(manager, 'Company', 'company', null);
    if ((await manager.count(Pipeline)) === 0) {
      for (const [i, pipeline] of DEFAULT_PIPELINES.entries()) {
        const { identifiers } = await manager.insert(Pipeline, {
          nameEn: pipeline.nameEn,
          nameZh: pipeline.nameZh,
          isDefault: pipeline.isDefault,
          isActive: true,
          sortOrder: (i + 1) * 10,
          version: 1,
        });
        const pipelineId = Number(identifiers[0].id);
        await manager.insert(
          PipelineStage,
          pipeline.stages.map(([nameEn, nameZh, probability, stageType], s) => ({
            pipelineId, nameEn, nameZh, probability, stageType, sortOrder: (s + 1) * 10, version: 1,
          })),
        );
      }
    }
  });
}

export async function createTeam(manager: EntityManager, name: string, kind: TeamKind, parent: Team | null): Promise<Team> {
  const { identifiers } = await manager.insert(Team, {
    name,
    teamKind: kind,
    parentId: parent?.id ?? null,
    // A unique placeholder until the id is known.
    teamPath: `new-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    version: 1,
  });
  const id = Number(identifiers[0].id);
  const teamPath = childPath(parent?.teamPath ?? null, id);
  await manager.update(Team, { id }, { teamPath });
  return manager.findOneByOrFail(Team, { id });
}

export async function rootTeam(manager: EntityManager): Promise<Team> {
  return manager.findOneOrFail(Team, { where: { parentId: IsNull() }, order: { id: 'ASC' } });
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  team: Team;
  roles: string[];
  email?: string;
}

export async function createUser(manager: EntityManager, user: NewUser): Promise<User> {
  const problems = passwordProblems(user.password, user.username);
  if (problems.length) throw new Error(`password ${problems.map((p) => p.reason).join(', ')}`);
  const { identifiers } = await manager.insert(User, {
    username: user.username,
    displayName: user.displayName,
    email: user.email ?? null,
    passwordHash: await hashPassword(user.password),
    teamId: user.team.id,
    isActive: true,
    failedLogins: 0,
    passwordChangedAt: new Date(),
    locale: 'en',
    version: 1,
  });
  const id = Number(identifiers[0].id);
  const roles = await manager.find(Role, { where: user.roles.map((roleKey) => ({ roleKey })) });
  if (roles.length !== user.roles.length) throw new Error(`unknown role among ${user.roles.join(', ')}`);
  await manager.insert(UserRole, roles.map((role) => ({ userId: id, roleId: role.id })));
  return manager.findOneByOrFail(User, { id });
}
