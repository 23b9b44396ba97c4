import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Team } from './team.entity.js';

@Injectable()
export class TeamsRepository {
  private readonly teams: Repository<Team>;

  constructor(dataSource: DataSource) {
    this.teams = dataSource.getRepository(Team);
  }

  findById(id: number): Promise<Team | null> {
    return this.teams.findOneBy({ id });
  }

  listAll(): Promise<Team[]> {
    return this.teams.find({ order: { teamPath: 'ASC' } });
  }
}
