import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service.js';
import { OwnershipService } from './ownership.service.js';
import { SessionRegistry } from '../auth/session-registry.js';

/** Who may do what, and who owns what: needed by every module, so global and free of imports. */
@Global()
@Module({
  providers: [AccessService, OwnershipService, SessionRegistry],
  exports: [AccessService, OwnershipService, SessionRegistry],
})
export class AccessModule {}
