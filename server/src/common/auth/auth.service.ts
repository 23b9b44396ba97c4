import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, IsNull, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { unauthorized } from '../errors/app-error.js';
import { AccessService } from '../access/access.service.js';
import { UsersService } from '../../modules/users/users.service.js';
import { RefreshToken } from './refresh-token.entity.js';
import { verifyDecoy, verifyPassword } from './passwords.js';
import { type AccessTokenPayload } from './jwt.strategy.js';
import { TokenPairDto } from './auth.dto.js';
import { SessionRegistry } from './session-registry.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

const invalidCredentials = () => unauthorized('INVALID_CREDENTIALS', 'Wrong username or password');

@Injectable()
export class AuthService {
  private readonly tokens: Repository<RefreshToken>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly access: AccessService,
    private readonly sessions: SessionRegistry,
  ) {
    this.tokens = dataSource.getRepository(RefreshToken);
  }

  async login(username: string, password: string): Promise<TokenPairDto> {
    const user = await this.users.findForLogin(username);
    if (!user) {
      await verifyDecoy(password);
      throw invalidCredentials();
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      throw unauthorized('ACCOUNT_LOCKED', 'Too many failed logins; the account is locked for a while');
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      const lockUntil = new Date(Date.now() + this.config.loginLockMinutes * 60_000);
      await this.users.recordLoginFailure(user.id, this.config.loginMaxFailures, lockUntil);
      throw invalidCredentials();
    }
    if (!user.isActive) throw unauthorized('ACCOUNT_DISABLED', 'The account is disabled');
    if (user.failedLogins > 0 || user.lockedUntil) await this.users.recordLoginSuccess(user.id);
    return this.issue(user.id, randomUUID());
  }

  /**
   * Rotates a refresh token. A token used twice means it was stolen or replayed: the whole
   * family (that login's session) is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const stored = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!stored || stored.revokedAt) throw unauthorized('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
    if (stored.expiresAt.getTime() <= Date.now()) {
      throw unauthorized('REFRESH_TOKEN_INVALID', 'The refresh token has expired');
    }
    const claimed = await this.tokens.update({ id: stored.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!claimed.affected) {
      await this.revokeFamily(stored.familyId);
      throw unauthorized('REFRESH_TOKEN_REUSED', 'The refresh token was already used; the session has been ended');
    }
    if (!(await this.access.actorFor(stored.userId))) throw unauthorized('ACCOUNT_DISABLED', 'The account is disabled');
    return this.issue(stored.userId, stored.familyId);
  }

  async logout(refreshToken: string): Promise<void> {
    const stored = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (stored) await this.revokeFamily(stored.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.sessions.markEnded(familyId);
  }

  private async issue(userId: number, familyId: string): Promise<TokenPairDto> {
    const refreshToken = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.tokens.insert({
      userId,
      familyId,
      tokenHash: sha256(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.refreshTokenTtlDays * 86_400_000),
      usedAt: null,
      revokedAt: null,
    });
    const payload: AccessTokenPayload = { sub: userId, sid: familyId };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds });
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds, tokenType: 'Bearer' };
  }
}
