import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { isAction, isDataScope, isModuleKey } from '../../common/access/permissions.js';
import type { ModuleGrant } from '../../common/access/permissions.js';
import { User } from '../users/user.entity.js';
import { Role, RoleGrant, UserRole } from './role.entity.js';

export interface RoleWithGrants extends Role {
  grants: ModuleGrant[];
  userCount: number;
}

@Injectable()
export class RolesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async listWithGrants(manager: EntityManager = this.dataSource.manager, where?: { ids?: number[]; keys?: string[] }): Promise<RoleWithGrants[]> {
    const roles = await manager.find(Role, {
      where: where?.ids ? { id: In(where.ids) } : where?.keys ? { roleKey: In(where.keys) } : {},
      order: { id: 'ASC' },
    });
    if (roles.length === 0) return [];
    const roleIds = roles.map((r) => r.id);
    const [grants, counts] = await Promise.all([
      manager.find(RoleGrant, { where: { roleId: In(roleIds) }, order: { moduleKey: 'ASC' } }),
      manager
        .createQueryBuilder(UserRole, 'ur')
        .innerJoin(User, 'u', 'u.id = ur.userId AND u.isActive = :active', { active: true })
        .select('ur.roleId', 'role_id')
        .addSelect('COUNT(*)', 'n')
        .where('ur.roleId IN (:...roleIds)', { roleIds })
        .groupBy('ur.roleId')
        .getRawMany<Record<string, unknown>>(),
    ]);
    const countOf = new Map(counts.map((row) => [Number(row.role_id ?? row.ROLE_ID), Number(row.n ?? row.N)]));
    return roles.map((role) => ({
      ...role,
      userCount: countOf.get(role.id) ?? 0,
      grants: grants
        .filter((g) => g.roleId === role.id && isModuleKey(g.moduleKey) && isDataScope(g.dataScope))
        .map((g) => ({
          module: g.moduleKey as ModuleGrant['module'],
          actions: g.actions.split(',').filter(isAction),
          scope: g.dataScope as ModuleGrant['scope'],
        })),
    }));
  }

  async replaceGrants(manager: EntityManager, roleId: number, grants: ModuleGrant[]): Promise<void> {
    await manager.delete(RoleGrant, { roleId });
    const rows = grants
      .filter((g) => g.actions.length > 0)
      .map((g) => ({ roleId, moduleKey: g.module, actions: [...new Set(g.actions)].join(','), dataScope: g.scope }));
    if (rows.length) await manager.insert(RoleGrant, rows);
  }

  async insert(manager: EntityManager, values: Partial<Role>): Promise<number> {
    const { identifiers } = await manager.insert(Role, values);
    return Number(identifiers[0].id);
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.delete(Role, { id });
  }
}
