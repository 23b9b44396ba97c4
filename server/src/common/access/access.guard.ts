import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ACCESS_RULE, type AccessRule, type RequestWithActor } from './decorators.js';
import { Actor } from './actor.js';
import { AppError, forbidden, unauthorized } from '../errors/app-error.js';

/**
 * The one global guard: passport's JWT strategy authenticates the bearer token and yields the
 * Actor; then the route's declared permission is checked at module level. Row-level checks
 * happen in the query (AccessScope).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw forbidden('This route declares no access rule');
    if (rule.kind === 'public') return true;

    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const actor = (request.user as Actor).withRequest(String(request.id));
    request.actor = actor;
    if (rule.kind === 'permission' && !actor.can(rule.action, rule.module)) {
      throw forbidden(`Your roles do not allow ${rule.action} on ${rule.module}`);
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof AppError) throw error;
    if (error || !user) throw unauthorized('TOKEN_INVALID', 'The access token is missing, invalid or expired');
    return user;
  }
}
