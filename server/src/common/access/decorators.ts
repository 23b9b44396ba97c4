import { createParamDecorator, type ExecutionContext, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Actor } from './actor.js';
import { type Action, type ModuleKey } from './permissions.js';

export const ACCESS_RULE = 'crm:access-rule';

/** Every route declares exactly one of these; a test fails any route that declares none. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; module: ModuleKey; action: Action };

export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not logged in' }),
  );

export const Permission = (module: ModuleKey, action: Action) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'permission', module, action } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not logged in' }),
    ApiForbiddenResponse({ description: `Needs ${action} on ${module}` }),
  );

export interface RequestWithActor {
  actor?: Actor;
  id: string;
  user?: unknown;
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  if (!request.actor) throw new Error('CurrentActor used on a route without authentication');
  return request.actor;
});
