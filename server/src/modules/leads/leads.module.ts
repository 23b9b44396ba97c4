import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { UsersModule } from '../users/users.module.js';
import { LeadAssignment } from './lead-assignment.js';
import { LeadIntakeController, LeadsController } from './leads.controller.js';
import { LeadsRepository } from './leads.repository.js';
import { LeadsService } from './leads.service.js';

/** Leads from entry and the website, their assignment, pool and conversion. */
@Module({
  imports: [CustomersModule, OpportunitiesModule, TeamsModule, UsersModule],
  controllers: [LeadsController, LeadIntakeController],
  providers: [LeadsRepository, LeadAssignment, LeadsService],
  exports: [LeadsService],
})
export class LeadsModule {}
