import { Global, Module } from '@nestjs/common';
import { PicklistsService } from './picklists/picklists.service.js';
import { PicklistsController } from './picklists/picklists.controller.js';
import { CustomFieldsService } from './custom-fields/custom-fields.service.js';
import { CustomFieldsController } from './custom-fields/custom-fields.controller.js';
import { FieldAccessService } from './field-access/field-access.service.js';
import { FieldAccessController } from './field-access/field-access.controller.js';
import { RecordFieldsService } from './record-fields.service.js';

/** What administrators configure instead of reprogramming: picklists, custom fields, field access. */
@Global()
@Module({
  controllers: [PicklistsController, CustomFieldsController, FieldAccessController],
  providers: [PicklistsService, CustomFieldsService, FieldAccessService, RecordFieldsService],
  exports: [PicklistsService, CustomFieldsService, FieldAccessService, RecordFieldsService],
})
export class ConfigurationModule {}
