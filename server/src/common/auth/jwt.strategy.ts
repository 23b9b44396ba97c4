import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessService } from '../access/access.service.js';
import { Actor } from '../access/actor.js';
import { unauthorized } from '../errors/app-error.js';
import { AuthSecrets } from './auth-secrets.js';
import { SessionRegistry } from './session-registry.js';

export interface AccessTokenPayload {
  sub: number;
  /** The login session (refresh-token family); logout ends it. */
  sid: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    secrets: AuthSecrets,
    private readonly access: AccessService,
    private readonly sessions: SessionRegistry,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt types the key as a string or Buffer; jsonwebtoken takes a KeyObject as well.
      secretOrKeyProvider: (_req: unknown, _token: unknown, done: (err: unknown, secret?: string) => void) =>
        done(null, secrets.jwtKey as unknown as string),
      algorithms: ['HS256'],
    });
  }

  async validate(payload: AccessTokenPayload): Promise<Actor> {
    if (await this.sessions.hasEnded(payload.sid)) throw unauthorized('TOKEN_INVALID', 'The session has ended');
    const actor = await this.access.actorFor(payload.sub);
    if (!actor) throw unauthorized('ACCOUNT_DISABLED', 'The account is disabled');
    return actor;
  }
}
