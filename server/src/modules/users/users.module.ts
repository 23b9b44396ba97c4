import { Module } from '@nestjs/common';
import { RolesModule } from '../roles/roles.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';
import { UsersController } from './users.controller.js';

@Module({
  imports: [RolesModule, TeamsModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService],
  exports: [UsersService],
})
export class UsersModule {}
