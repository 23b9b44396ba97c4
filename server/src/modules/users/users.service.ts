import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AccessService } from '../../common/access/access.service.js';
import { OwnershipService } from '../../common/access/ownership.service.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { RefreshToken } from '../../common/auth/refresh-token.entity.js';
import { SessionRegistry } from '../../common/auth/session-registry.js';
import { hashPassword, passwordProblems } from '../../common/auth/passwords.js';
import { conflict, foundOrFail, invalid, staleVersion } from '../../common/errors/app-error.js';
import { ADMIN_ROLE, RolesService } from '../roles/roles.service.js';
import { TeamsService } from '../teams/teams.service.js';
import { UsersRepository } from './users.repository.js';
import type { LoginRecord } from './users.repository.js';
import { User } from './user.entity.js';
import { updateVersioned } from '../../common/database/versioned-update.js';
import type {
  CreateUserDto,
  ResetPasswordDto,
  TransferRecordsDto,
  TransferResultDto,
  UpdateUserDto,
  UserDto,
  UserListQueryDto,
  UserPageDto,
} from './users.dto.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly roles: RolesService,
    private readonly teams: TeamsService,
    private readonly access: AccessService,
    private readonly ownership: OwnershipService,
    private readonly sessions: SessionRegistry,
    private readonly audit: AuditService,
  ) {}

  findForLogin(username: string): Promise<LoginRecord | null> {
    return this.users.findForLogin(username);
  }

  recordLoginFailure(userId: number, maxFailures: number, lockUntil: Date): Promise<number> {
    return this.users.recordFailure(userId, maxFailures, lockUntil);
  }

  recordLoginSuccess(userId: number): Promise<void> {
    return this.users.recordSuccess(userId);
  }

  findOwnerPlacement(id: number) {
    return this.users.findOwnerPlacement(id);
  }

  findById(id: number): Promise<User | null> {
    return this.users.findById(id);
  }

  findOwnerPlacementsByName(names: string[]) {
    return this.users.findOwnerPlacementsByName(names);
  }

  listAssignable() {
    return this.users.listActive();
  }

  async list(actor: Actor, query: UserListQueryDto): Promise<UserPageDto> {
    const page = await this.users.findPage(actor.scope('read', 'users'), query);
    return { ...page, items: await this.present(page.items) };
  }

  async get(actor: Actor, id: number): Promise<UserDto> {
    const user = foundOrFail(await this.users.findInScope(actor.scope('read', 'users'), id), 'User', id);
    return (await this.present([user]))[0];
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserDto> {
    const problems = passwordProblems(dto.password, dto.username);
    if (await this.users.usernameTaken(dto.username)) problems.push({ field: 'username', reason: 'is already taken' });
    if (!(await this.teams.findById(dto.teamId))) problems.push({ field: 'teamId', reason: 'is not a team' });
    const roles = await this.rolesFor(dto.roles);
    if (problems.length) throw invalid(problems);
    this.roles.assertMayGrant(actor, roles.flatMap((role) => role.grants), 'roles with');
    const passwordHash = await hashPassword(dto.password);
    const id = await this.dataSource.transaction(async (manager) => {
      const values = {
        username: dto.username,
        displayName: dto.displayName,
        email: dto.email ?? null,
        teamId: dto.teamId,
        locale: dto.locale ?? 'en',
        isActive: true,
      };
      const userId = await this.users.insert(manager, {
        ...values,
        passwordHash,
        failedLogins: 0,
        passwordChangedAt: new Date(),
        createdBy: actor.id,
        version: 1,
      });
      await this.users.setRoles(manager, userId, roles.map((role) => role.id));
      await this.audit.recordChange(manager, actor, 'user', 'create', userId, null, { ...values, roles: dto.roles });
      return userId;
    });
    return this.get(actor, id);
  }

  /** Team and role changes apply on the user's next request; their records follow a team move. */
  async update(actor: Actor, id: number, dto: UpdateUserDto): Promise<UserDto> {
    const { version, roles: roleKeys, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      const before = foundOrFail(await this.users.findInScope(actor.scope('update', 'users'), id, manager), 'User', id);
      const beforeRoles = (await this.users.rolesOf([id], manager)).get(id) ?? [];
      if (changes.teamId !== undefined && changes.teamId !== before.teamId) {
        const team = await this.teams.findById(changes.teamId);
        if (!team) throw invalid([{ field: 'teamId', reason: 'is not a team' }]);
        await this.ownership.moveOwnedRows(manager, id, team.teamPath);
      }
      if (roleKeys) await this.replaceRoles(manager, actor, before, beforeRoles, roleKeys);
      if (!(await updateVersioned(manager, User, id, version, changes))) throw staleVersion('User', id, before.version);
      const after = { ...before, ...changes, roles: roleKeys ?? beforeRoles };
      await this.audit.recordChange(manager, actor, 'user', 'update', id, { ...before, roles: beforeRoles }, after);
    });
    this.access.invalidate(id);
    return this.get(actor, id);
  }

  async setActive(actor: Actor, id: number, isActive: boolean): Promise<UserDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = foundOrFail(await this.users.findInScope(actor.scope('update', 'users'), id, manager), 'User', id);
      if (!isActive) {
        if (id === actor.id) throw conflict('CANNOT_DEACTIVATE_SELF', 'You cannot deactivate your own account');
        await this.assertNotLastAdmin(manager, before, (await this.users.rolesOf([id], manager)).get(id) ?? []);
        await this.endSessions(manager, id);
      }
      await updateVersioned(manager, User, id, undefined, { isActive });
      await this.audit.recordChange(manager, actor, 'user', isActive ? 'restore' : 'archive', id, { isActive: before.isActive }, { isActive });
    });
    this.access.invalidate(id);
    return this.get(actor, id);
  }

  /** Sets a new password (the policy applies) and ends the user's sessions. */
  async resetPassword(actor: Actor, id: number, dto: ResetPasswordDto): Promise<UserDto> {
    const user = foundOrFail(await this.users.findInScope(actor.scope('update', 'users'), id), 'User', id);
    const problems = passwordProblems(dto.password, user.username);
    if (problems.length) throw invalid(problems);
    const passwordHash = await hashPassword(dto.password);
    await this.dataSource.transaction(async (manager) => {
      await updateVersioned(manager, User, id, undefined, { passwordHash, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null });
      await this.endSessions(manager, id);
      await this.audit.recordChange(manager, actor, 'user', 'update', id, { password: '(previous)' }, { password: '(reset)' });
    });
    return this.get(actor, id);
  }

  async unlock(actor: Actor, id: number): Promise<UserDto> {
    await this.dataSource.transaction(async (manager) => {
      const user = foundOrFail(await this.users.findInScope(actor.scope('update', 'users'), id, manager), 'User', id);
      await updateVersioned(manager, User, id, undefined, { failedLogins: 0, lockedUntil: null });
      await this.audit.recordChange(manager, actor, 'user', 'update', id, { lockedUntil: user.lockedUntil }, { lockedUntil: null });
    });
    return this.get(actor, id);
  }

  /** Hands every record a (usually departing) user owns to another user, audited per record. */
  async transferRecords(actor: Actor, id: number, dto: TransferRecordsDto): Promise<TransferResultDto> {
    foundOrFail(await this.users.findInScope(actor.scope('assign', 'users'), id), 'User', id);
    const target = await this.users.findOwnerPlacement(dto.toUserId);
    if (!target || dto.toUserId === id) throw invalid([{ field: 'toUserId', reason: 'is not another active user' }]);
    const moved = await this.dataSource.transaction((manager) => this.ownership.transferAll(manager, actor, id, target));
    return { moved };
  }

  private async replaceRoles(manager: EntityManager, actor: Actor, user: User, current: string[], wanted: string[]) {
    const roles = await this.rolesFor(wanted);
    const changed = [...wanted.filter((k) => !current.includes(k)), ...current.filter((k) => !wanted.includes(k))];
    const changedRoles = await this.roles.byKeys(changed);
    this.roles.assertMayGrant(actor, changedRoles.flatMap((role) => role.grants), 'or take away roles with');
    if (current.includes(ADMIN_ROLE) && !wanted.includes(ADMIN_ROLE)) await this.assertNotLastAdmin(manager, user, current);
    await this.users.setRoles(manager, user.id, roles.map((role) => role.id));
  }

  private async rolesFor(keys: string[]) {
    const roles = await this.roles.byKeys([...new Set(keys)]);
    const unknown = keys.filter((key) => !roles.some((role) => role.roleKey === key));
    if (unknown.length) throw invalid([{ field: 'roles', reason: `unknown role(s): ${unknown.join(', ')}` }]);
    return roles;
  }

  /** The last active administrator can be neither removed nor demoted. */
  private async assertNotLastAdmin(manager: EntityManager, user: User, roles: string[]): Promise<void> {
    if (!user.isActive || !roles.includes(ADMIN_ROLE)) return;
    if ((await this.users.countActiveHolders(manager, ADMIN_ROLE, user.id)) === 0) {
      throw conflict('LAST_ADMINISTRATOR', 'This is the last active administrator; make someone else administrator first');
    }
  }

  private async endSessions(manager: EntityManager, userId: number): Promise<void> {
    const families = await manager.find(RefreshToken, { where: { userId, revokedAt: IsNull() }, select: { familyId: true } });
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    for (const { familyId } of families) this.sessions.markEnded(familyId);
  }

  private async present(users: User[]): Promise<UserDto[]> {
    const [roles, teams] = await Promise.all([
      this.users.rolesOf(users.map((u) => u.id)),
      this.users.teamsOf(users.map((u) => u.teamId)),
    ]);
    const now = Date.now();
    return users.map((user) => ({
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      team: { id: user.teamId, name: teams.get(user.teamId)?.name ?? '' },
      roles: roles.get(user.id) ?? [],
      isActive: user.isActive,
      isLocked: Boolean(user.lockedUntil && user.lockedUntil.getTime() > now),
      locale: user.locale,
      createdAt: user.createdAt,
      version: user.version,
    }));
  }
}
