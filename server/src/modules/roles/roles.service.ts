import { Injectable } from '@nestjs/common';
import { amount } from '../../common/money.js';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { uncoveredGrants } from '../../common/access/ability.js';
import { AccessService } from '../../common/access/access.service.js';
import { ACTIONS, DATA_SCOPES, MODULES } from '../../common/access/permissions.js';
import type { ModuleGrant } from '../../common/access/permissions.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { conflict, forbidden, foundOrFail, invalid, staleVersion } from '../../common/errors/app-error.js';
import { RolesRepository } from './roles.repository.js';
import { Role } from './role.entity.js';
import { updateVersioned } from '../../common/database/versioned-update.js';
import type { RoleWithGrants } from './roles.repository.js';
import { AccessVocabularyDto, CreateRoleDto, RoleDto, UpdateRoleDto } from './roles.dto.js';

export const ADMIN_ROLE = 'admin';

@Injectable()
export class RolesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: RolesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  vocabulary(): AccessVocabularyDto {
    return { modules: [...MODULES], actions: [...ACTIONS], scopes: [...DATA_SCOPES] };
  }

  async list(): Promise<RoleDto[]> {
    return (await this.roles.listWithGrants()).map(toRoleDto);
  }

  async get(id: number): Promise<RoleDto> {
    const [role] = await this.roles.listWithGrants(undefined, { ids: [id] });
    return toRoleDto(foundOrFail(role, 'Role', id));
  }

  /** Roles by key, with grants: for checks when roles are given to users. */
  async byKeys(keys: string[]): Promise<RoleWithGrants[]> {
    return keys.length ? this.roles.listWithGrants(undefined, { keys }) : [];
  }

  /** 403 unless the actor holds everything the roles grant. */
  assertMayGrant(actor: Actor, grants: ModuleGrant[], what: string): void {
    const missing = uncoveredGrants(actor.grants, grants);
    if (missing.length) throw forbidden(`You cannot grant ${what} permissions you do not hold: ${missing.join('; ')}`);
  }

  async create(actor: Actor, dto: CreateRoleDto): Promise<RoleDto> {
    checkDiscountLimit(dto.maxDiscountPercent);
    const grants = normalise(dto.grants ?? []);
    this.assertMayGrant(actor, grants, 'role');
    if ((await this.byKeys([dto.roleKey])).length) throw invalid([{ field: 'roleKey', reason: 'is already used' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      const values = {
        roleKey: dto.roleKey,
        name: dto.name,
        description: dto.description ?? null,
        maxDiscountPercent: dto.maxDiscountPercent === undefined ? '0' : dto.maxDiscountPercent,
        isSystem: false,
      };
      const roleId = await this.roles.insert(manager, { ...values, createdBy: actor.id, version: 1 });
      await this.roles.replaceGrants(manager, roleId, grants);
      await this.audit.recordChange(manager, actor, 'role', 'create', roleId, null, { ...values, grants: describe(grants) });
      return roleId;
    });
    return this.get(id);
  }

  /** Takes effect on each holder's next request. */
  async update(actor: Actor, id: number, dto: UpdateRoleDto): Promise<RoleDto> {
    checkDiscountLimit(dto.maxDiscountPercent);
    await this.dataSource.transaction(async (manager) => {
      const [before] = await this.roles.listWithGrants(manager, { ids: [id] });
      foundOrFail(before, 'Role', id);
      if (dto.grants && before.roleKey === ADMIN_ROLE) {
        throw conflict('ADMIN_ROLE_FIXED', 'The administrator role always holds every permission');
      }
      const grants = dto.grants ? normalise(dto.grants) : before.grants;
      if (dto.grants) this.assertMayGrant(actor, [...grants, ...before.grants], 'role');
      const changes = {
        name: dto.name ?? before.name,
        description: dto.description === undefined ? before.description : dto.description,
        maxDiscountPercent: dto.maxDiscountPercent === undefined ? before.maxDiscountPercent : dto.maxDiscountPercent,
      };
      if (!(await updateVersioned(manager, Role, id, dto.version, changes))) throw staleVersion('Role', id, before.version);
      if (dto.grants) await this.roles.replaceGrants(manager, id, grants);
      await this.audit.recordChange(
        manager,
        actor,
        'role',
        'update',
        id,
        { name: before.name, description: before.description, maxDiscountPercent: before.maxDiscountPercent, grants: describe(before.grants) },
        { ...changes, grants: describe(grants) },
      );
    });
    this.access.invalidate();
    return this.get(id);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [role] = await this.roles.listWithGrants(manager, { ids: [id] });
      foundOrFail(role, 'Role', id);
      if (role.isSystem) throw conflict('ROLE_IS_SYSTEM', 'Built-in roles cannot be deleted; change their permissions instead');
      if (role.userCount > 0) throw conflict('ROLE_IN_USE', `${role.userCount} active user(s) hold this role`);
      this.assertMayGrant(actor, role.grants, 'role');
      await this.roles.delete(manager, id);
      await this.audit.recordChange(manager, actor, 'role', 'delete', id, { roleKey: role.roleKey, grants: describe(role.grants) }, null);
    });
    this.access.invalidate();
  }
}

function checkDiscountLimit(limit: string | null | undefined): void {
  if (limit !== undefined && limit !== null && amount(limit).greaterThan(100)) throw invalid([{ field: 'maxDiscountPercent', reason: 'must be between 0 and 100' }]);
}

function normalise(grants: ModuleGrant[]): ModuleGrant[] {
  const modules = new Set<string>();
  for (const grant of grants) {
    if (modules.has(grant.module)) throw invalid([{ field: 'grants', reason: `lists ${grant.module} twice` }]);
    modules.add(grant.module);
  }
  return grants.map((g) => ({ module: g.module, actions: [...new Set(g.actions)], scope: g.scope }));
}

/** Grants as readable text in the audit log: "customers: read,update (team)". */
function describe(grants: ModuleGrant[]): string[] {
  return grants.map((g) => `${g.module}: ${g.actions.join(',')} (${g.scope})`).sort();
}

function toRoleDto(role: RoleWithGrants): RoleDto {
  return {
    id: role.id,
    roleKey: role.roleKey,
    name: role.name,
    description: role.description,
    isSystem: role.isSystem,
    grants: role.grants,
    maxDiscountPercent: role.maxDiscountPercent,
    userCount: role.userCount,
    version: role.version,
  };
}
