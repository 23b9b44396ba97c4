import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Team } from './team.entity.js';

@Injectable()
export class TeamsRepository {
  private readonly teams: Repository<Team>;

  constructor(private readonly dataSource: DataSource) {
    this.teams = dataSource.getRepository(Team);
  }

  findById(id: number, manager?: EntityManager): Promise<Team | null> {
    return (manager?.getRepository(Team) ?? this.teams).findOneBy({ id });
  }

  /** The company is the root of the team tree; its name heads printed documents and contracts. */
  async companyName(): Promise<string> {
    return (await this.teams.findOne({ where: { parentId: IsNull() }, order: { id: 'ASC' } }))?.name ?? '';
  }

  listAll(manager?: EntityManager): Promise<Team[]> {
    return (manager?.getRepository(Team) ?? this.teams).find({ order: { teamPath: 'ASC' } });
  }

  /** Active members per team, in one query. */
  async memberCounts(): Promise<Map<number, number>> {
    const rows = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.teamId', 'team_id')
      .addSelect('COUNT(*)', 'n')
      .where('u.isActive = :active', { active: true })
      .groupBy('u.teamId')
      .getRawMany<Record<string, unknown>>();
    return new Map(rows.map((row) => [Number(row.team_id ?? row.TEAM_ID), Number(row.n ?? row.N)]));
  }

  hasMembers(manager: EntityManager, teamId: number): Promise<boolean> {
    return manager.getRepository(User).existsBy({ teamId });
  }

  async setPath(manager: EntityManager, id: number, teamPath: string): Promise<void> {
    await manager.update(Team, { id }, { teamPath });
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.delete(Team, { id });
  }
}
