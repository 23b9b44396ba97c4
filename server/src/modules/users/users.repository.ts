import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity.js';

export interface LoginRecord {
  id: number;
  username: string;
  passwordHash: string;
  isActive: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

@Injectable()
export class UsersRepository {
  private readonly users: Repository<User>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(User);
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
      .innerJoin('teams', 't', 't.id = u.team_id')
      .select('u.id', 'id')
      .addSelect('t.team_path', 'team_path')
      .where('u.id = :id AND u.isActive = :active', { id, active: true })
      .getRawOne<Record<string, unknown>>();
    if (!row) return null;
    return { id: Number(row.id ?? row.ID), teamPath: String(row.team_path ?? row.TEAM_PATH) };
  }

  findById(id: number): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findByUsername(username: string): Promise<User | null> {
    return this.users.findOneBy({ username });
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
