import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';

/**
 * Provides the configuration and the already initialised DataSource. The server's bootstrap owns
 * the DataSource's lifecycle (embedded database, migrations) so the app module never opens one.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        AuditService,
      ],
      exports: [APP_CONFIG, DataSource, AuditService],
    };
  }
}
