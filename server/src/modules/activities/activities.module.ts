import { Module } from '@nestjs/common';
import { LeadsModule } from '../leads/leads.module.js';
import { CustomersModule } from '../customers/customers.module.js';
import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { UsersModule } from '../users/users.module.js';
import { ActivitiesController, CustomerTimelineController } from './activities.controller.js';
import { ActivitiesRepository } from './activities.repository.js';
import { ActivitiesService } from './activities.service.js';
import { TimelineService } from './timeline.service.js';

/** Follow-up activities and the customer timeline they feed. */
@Module({
  imports: [CustomersModule, LeadsModule, OpportunitiesModule, UsersModule],
  controllers: [ActivitiesController, CustomerTimelineController],
  providers: [ActivitiesRepository, ActivitiesService, TimelineService],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
