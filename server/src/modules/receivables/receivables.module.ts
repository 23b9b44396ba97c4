import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module.js';
import { ReceivablesController } from './receivables.controller.js';
import { ReceivablesService } from './receivables.service.js';

/** Receivables from contracts' payment plans, the payments that settle them, and their aging. */
@Module({
  imports: [ContractsModule],
  controllers: [ReceivablesController],
  providers: [ReceivablesService],
})
export class ReceivablesModule {}
