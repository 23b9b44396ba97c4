import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccessService } from '../src/common/access/access.service.js';
import { JwtStrategy } from '../src/common/auth/jwt.strategy.js';
import { hashPassword } from '../src/common/auth/passwords.js';
import { User } from '../src/modules/users/user.entity.js';
import { DEMO_PASSWORD } from '../src/seed/demo-company.js';
import { type ApiResponse, startTestApp, type TestApp } from './support/test-app.js';

/**
 * Login, tokens, sessions, lockout and rate limiting, all through HTTP against the real server.
 * Users with side effects are dedicated: `service` is locked out, `finance` is deactivated; the
 * token tests use their own logins so the harness's cached tokens stay valid.
 */
interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: string;
}

let app: TestApp;
const userIds = new Map<string, number>();

beforeAll(async () => {
  app = await startTestApp();
  const { body } = await app.as('admin').get('/users/options');
  for (const user of body as Array<{ id: number; username: string }>) userIds.set(user.username, user.id);
});

afterAll(async () => {
  await app?.stop();
});

/**
 * Runs `body` against a second server with other settings. Passport keeps strategies in a
 * process-wide registry, so the second server's JwtStrategy replaces the first one's (and would
 * keep validating the main app's tokens against the second server's database after it stops);
 * the main app's strategy is put back afterwards.
 */
async function withSeparateApp(overrides: Parameters<typeof startTestApp>[0], body: (other: TestApp) => Promise<void>) {
  const other = await startTestApp(overrides);
  try {
    await body(other);
  } finally {
    await other.stop();
    const strategy = app.server.app.get(JwtStrategy) as JwtStrategy & {
      getPassportInstance(): { use(name: string, strategy: unknown): void };
    };
    strategy.getPassportInstance().use('jwt', strategy);
  }
}

const post = (target: TestApp, url: string, body: unknown): Promise<ApiResponse> =>
  target.as(null).raw(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const login = (username: string, password: string, target: TestApp = app) =>
  post(target, '/auth/login', { username, password });
const refresh = (refreshToken: string) => post(app, '/auth/refresh', { refreshToken });
const logout = (refreshToken: string) => post(app, '/auth/logout', { refreshToken });
const me = (accessToken: string | null) =>
  app.as(null).raw('/auth/me', accessToken ? { headers: { authorization: `Bearer ${accessToken}` } } : {});

async function session(username: string): Promise<TokenPair> {
  const response = await login(username, DEMO_PASSWORD);
  expect(response.status).toBe(200);
  return response.body as TokenPair;
}

/** The error body every failure shares. */
function expectError(response: ApiResponse, status: number, code: string) {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.body).toEqual(
    expect.objectContaining({ statusCode: status, code, message: expect.any(String), requestId: expect.any(String) }),
  );
  expect(response.body.requestId).toBe(response.headers.get('x-request-id'));
}

/** An HS256 JWT signed with `secret`, to forge tokens the server must refuse. */
function signJwt(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('login', () => {
  it('returns an access token, a refresh token, the lifetime and the type', async () => {
    const response = await login('sales1', DEMO_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      refreshToken: expect.stringMatching(/^[\w-]{40,}$/),
      expiresIn: app.config.accessTokenTtlSeconds,
      tokenType: 'Bearer',
    });
    expect((await me(response.body.accessToken)).status).toBe(200);
  });

  it('refuses a wrong password with 401 INVALID_CREDENTIALS', async () => {
    const response = await login('sales2', 'Wrong@2026');
    expectError(response, 401, 'INVALID_CREDENTIALS');
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const unknown = await login('nobody-here', DEMO_PASSWORD);
    const wrong = await login('sales2', 'Wrong@2026');
    expectError(unknown, 401, 'INVALID_CREDENTIALS');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('names each missing field in a 400', async () => {
    const neither = await login(undefined as never, undefined as never);
    expectError(neither, 400, 'VALIDATION_FAILED');
    const fields = (neither.body.details as Array<{ field: string; reason: string }>).map((d) => d.field);
    expect(new Set(fields)).toEqual(new Set(['username', 'password']));
    for (const detail of neither.body.details) expect(detail.reason).toEqual(expect.any(String));

    const noPassword = await post(app, '/auth/login', { username: 'sales1' });
    expectError(noPassword, 400, 'VALIDATION_FAILED');
    expect(noPassword.body.details).toEqual([expect.objectContaining({ field: 'password', reason: expect.any(String) })]);
    expect(noPassword.body.message).toContain('password');

    const emptyUsername = await post(app, '/auth/login', { username: '', password: DEMO_PASSWORD });
    expectError(emptyUsername, 400, 'VALIDATION_FAILED');
    expect(emptyUsername.body.details).toEqual([{ field: 'username', reason: 'must not be empty' }]);
  });

  it('compares the password exactly as typed, spaces included', async () => {
    // Password rules allow leading and trailing spaces, and the hash is of the password as given.
    const padded = ' Padded@2026 ';
    await app.server.dataSource.getRepository(User).update({ username: 'sales3' }, { passwordHash: await hashPassword(padded) });
    expect((await login('sales3', padded)).status).toBe(200);
    expectError(await login('sales3', padded.trim()), 401, 'INVALID_CREDENTIALS');
  });

  it('rejects unknown fields and non-string values', async () => {
    const extra = await post(app, '/auth/login', { username: 'sales1', password: DEMO_PASSWORD, admin: true });
    expectError(extra, 400, 'VALIDATION_FAILED');
    expect(extra.body.details).toEqual([{ field: 'admin', reason: 'is not an accepted field' }]);

    const numeric = await post(app, '/auth/login', { username: 'sales1', password: 12345678 });
    expectError(numeric, 400, 'VALIDATION_FAILED');
    expect(numeric.body.details.map((d: { field: string }) => d.field)).toEqual(['password']);
  });
});

describe('GET /auth/me', () => {
  it('describes sales1: roles, team and own-scope rules', async () => {
    const { body, status } = await app.as('sales1').get('/auth/me');
    expect(status).toBe(200);
    const sales1 = userIds.get('sales1')!;
    expect(body).toEqual(
      expect.objectContaining({
        id: sales1,
        username: 'sales1',
        roles: ['sales'],
        team: { id: expect.any(Number), name: 'East', path: expect.stringMatching(/^(\d{6}){3}$/) },
      }),
    );
    const customerRules = (body.rules as Array<{ action: string; subject: string; conditions?: object }>).filter(
      (rule) => rule.subject === 'customers',
    );
    expect(customerRules.map((rule) => rule.action).sort()).toEqual(['create', 'export', 'read', 'update']);
    for (const rule of customerRules) expect(rule.conditions).toEqual({ ownerId: sales1 });
  });

  it('gives the director unconditional customer rules', async () => {
    const { body } = await app.as('director').get('/auth/me');
    expect(body.roles).toEqual(['director']);
    expect(body.team).toEqual({ id: expect.any(Number), name: expect.any(String), path: expect.stringMatching(/^\d{6}$/) });
    const customerRules = body.rules.filter((rule: { subject: string }) => rule.subject === 'customers');
    expect(customerRules.map((rule: { action: string }) => rule.action).sort()).toEqual(
      ['assign', 'create', 'delete', 'export', 'read', 'update'],
    );
    for (const rule of customerRules) expect(rule).not.toHaveProperty('conditions');
  });

  it('gives the manager a team-subtree range on customers', async () => {
    const { body } = await app.as('manager1').get('/auth/me');
    const rule = body.rules.find((r: { subject: string; action: string }) => r.subject === 'customers' && r.action === 'read');
    // East has no sub-teams: the team scope is an equality on the path.
    expect(rule.conditions).toEqual({ teamPath: body.team.path });
  });

  it('gives procurement no rule on customers', async () => {
    const { body } = await app.as('procurement').get('/auth/me');
    expect(body.roles).toEqual(['procurement']);
    expect(body.rules.length).toBeGreaterThan(0);
    expect(body.rules.filter((rule: { subject: string }) => rule.subject === 'customers')).toEqual([]);
  });

  it('refuses a request without a token', async () => {
    expectError(await me(null), 401, 'TOKEN_INVALID');
  });

  it('refuses garbage, forged, unsigned and expired tokens', async () => {
    const sales1 = userIds.get('sales1')!;
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: sales1, sid: 'forged-session', iat: now, exp: now + 600 };
    const secret = app.config.jwtSecret!;
    const cases: Record<string, string> = {
      garbage: 'not-a-token',
      malformed: 'aaa.bbb.ccc',
      wrongSecret: signJwt(claims, 'some-other-secret'),
      algNone: `${signJwt(claims, secret, { alg: 'none', typ: 'JWT' }).split('.').slice(0, 2).join('.')}.`,
      expired: signJwt({ ...claims, iat: now - 3600, exp: now - 60 }, secret),
    };
    for (const [name, token] of Object.entries(cases)) {
      const response = await me(token);
      expect({ name, status: response.status, code: response.body?.code }).toEqual({ name, status: 401, code: 'TOKEN_INVALID' });
    }
    // Sanity: the same claims, correctly signed and unexpired, are accepted, so the refusals above
    // are about the signature and the expiry.
    expect((await me(signJwt(claims, secret))).status).toBe(200);
  });

  it('takes the token only from a Bearer authorization header', async () => {
    const { accessToken } = await session('sales1');
    const basic = await app.as(null).raw('/auth/me', { headers: { authorization: `Basic ${accessToken}` } });
    expect(basic.status).toBe(401);
    const query = await app.as(null).raw(`/auth/me?access_token=${accessToken}`, {});
    expect(query.status).toBe(401);
  });
});

describe('refresh', () => {
  it('rotates: the new pair works and differs from the old one', async () => {
    const first = await session('sales2');
    const response = await refresh(first.refreshToken);
    expect(response.status).toBe(200);
    const second = response.body as TokenPair;
    expect(second).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: app.config.accessTokenTtlSeconds,
      tokenType: 'Bearer',
    });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const who = await me(second.accessToken);
    expect(who.status).toBe(200);
    expect(who.body.username).toBe('sales2');
    // The new refresh token rotates again.
    const third = await refresh(second.refreshToken);
    expect(third.status).toBe(200);
    expect((await me(third.body.accessToken)).status).toBe(200);
  });

  it('treats reuse of a spent refresh token as theft: the whole session ends', async () => {
    const first = await session('sales2');
    const second = (await refresh(first.refreshToken)).body as TokenPair;
    expect((await me(second.accessToken)).status).toBe(200);

    expectError(await refresh(first.refreshToken), 401, 'REFRESH_TOKEN_REUSED');

    // The family is revoked: the newest refresh token of that login is dead too...
    expectError(await refresh(second.refreshToken), 401, 'REFRESH_TOKEN_INVALID');
    // ...and so are the session's access tokens, old and new.
    expectError(await me(second.accessToken), 401, 'TOKEN_INVALID');
    expectError(await me(first.accessToken), 401, 'TOKEN_INVALID');

    // Other sessions of the same user are untouched.
    const other = await session('sales2');
    expect((await me(other.accessToken)).status).toBe(200);
    expect((await refresh(other.refreshToken)).status).toBe(200);
  });

  it('lets exactly one of two concurrent uses of a refresh token win', async () => {
    const pair = await session('sales2');
    const results = await Promise.all([refresh(pair.refreshToken), refresh(pair.refreshToken)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 401]);
    // The loser's reuse ended the family, including the winner's new tokens.
    const winner = results.find((r) => r.status === 200)!.body as TokenPair;
    expect((await refresh(winner.refreshToken)).status).toBe(401);
    expect((await me(winner.accessToken)).status).toBe(401);
  });

  it('refuses an unknown refresh token and a missing one', async () => {
    expectError(await refresh('x'.repeat(43)), 401, 'REFRESH_TOKEN_INVALID');
    const missing = await post(app, '/auth/refresh', {});
    expectError(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.details).toEqual([expect.objectContaining({ field: 'refreshToken' })]);
  });

  it('does not accept an access token as a refresh token', async () => {
    const pair = await session('sales2');
    const response = await refresh(pair.accessToken);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).not.toHaveProperty('accessToken');
  });
});

describe('logout', () => {
  it('ends the session: its refresh token and its access token stop working', async () => {
    const pair = await session('sales2');
    expect((await me(pair.accessToken)).status).toBe(200);

    const response = await logout(pair.refreshToken);
    expect(response.status).toBe(204);

    expectError(await refresh(pair.refreshToken), 401, 'REFRESH_TOKEN_INVALID');
    expectError(await me(pair.accessToken), 401, 'TOKEN_INVALID');
  });

  it('ends a rotated session from any of its tokens, and leaves other sessions alone', async () => {
    const other = await session('sales2');
    const first = await session('sales2');
    const second = (await refresh(first.refreshToken)).body as TokenPair;
    expect((await logout(second.refreshToken)).status).toBe(204);
    expect((await me(second.accessToken)).status).toBe(401);
    expect((await refresh(second.refreshToken)).status).toBe(401);

    expect((await me(other.accessToken)).status).toBe(200);
    // Logging out twice, or with an unknown token, is harmless.
    expect((await logout(second.refreshToken)).status).toBe(204);
    expect((await logout('unknown-token')).status).toBe(204);
  });
});

describe('lockout', () => {
  // `service` is used by no other test in this file.
  const WRONG = 'Wrong@2026';

  it('locks an account after LOGIN_MAX_FAILURES wrong passwords, even for the right password', async () => {
    const max = app.config.loginMaxFailures;
    expect(max).toBe(5);

    // One fewer than the limit does not lock, and a success resets the count.
    for (let i = 0; i < max - 1; i++) expectError(await login('service', WRONG), 401, 'INVALID_CREDENTIALS');
    expect((await login('service', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < max - 1; i++) expectError(await login('service', WRONG), 401, 'INVALID_CREDENTIALS');
    expect((await login('service', DEMO_PASSWORD)).status).toBe(200);

    for (let i = 0; i < max; i++) expectError(await login('service', WRONG), 401, 'INVALID_CREDENTIALS');
    expectError(await login('service', DEMO_PASSWORD), 401, 'ACCOUNT_LOCKED');
    expectError(await login('service', WRONG), 401, 'ACCOUNT_LOCKED');

    // Nobody else is affected.
    expect((await login('sales2', DEMO_PASSWORD)).status).toBe(200);
  });

  it('unlocks once the lock has expired', async () => {
    // Still locked from the previous test; move the lock into the past.
    expectError(await login('service', DEMO_PASSWORD), 401, 'ACCOUNT_LOCKED');
    await app.server.dataSource.getRepository(User).update({ username: 'service' }, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await login('service', DEMO_PASSWORD)).status).toBe(200);
    // The count started over: one wrong password does not lock again.
    expectError(await login('service', WRONG), 401, 'INVALID_CREDENTIALS');
    expect((await login('service', DEMO_PASSWORD)).status).toBe(200);
  });

  it('honours a configured LOGIN_MAX_FAILURES', async () => {
    await withSeparateApp({ loginMaxFailures: 3 }, async (strict) => {
      for (let i = 0; i < 3; i++) expectError(await login('sales1', WRONG, strict), 401, 'INVALID_CREDENTIALS');
      expectError(await login('sales1', DEMO_PASSWORD, strict), 401, 'ACCOUNT_LOCKED');
    });
    // The main app's sales1 is not locked: the setting and the lock belong to the other server.
    expect((await login('sales1', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('rate limit', () => {
  it('answers the 4th login in a minute with 429 TOO_MANY_REQUESTS in the usual error shape', async () => {
    await withSeparateApp({ loginRateLimitPerMinute: 3 }, async (limited) => {
      for (let i = 0; i < 3; i++) expect((await login('sales1', DEMO_PASSWORD, limited)).status).toBe(200);
      const blocked = await login('sales1', DEMO_PASSWORD, limited);
      expectError(blocked, 429, 'TOO_MANY_REQUESTS');
      expect(Object.keys(blocked.body).sort()).toEqual(['code', 'message', 'requestId', 'statusCode']);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);

      // Failed attempts count too: guessing is what the limit is for.
      const wrong = await login('sales2', 'Wrong@2026', limited);
      expect(wrong.status).toBe(429);

      // Refresh is limited too, with a count of its own.
      for (let i = 0; i < 3; i++) {
        expect((await post(limited, '/auth/refresh', { refreshToken: 'guess' })).status).toBe(401);
      }
      expectError(await post(limited, '/auth/refresh', { refreshToken: 'guess' }), 429, 'TOO_MANY_REQUESTS');

      // Routes without the opt-in are not limited.
      for (let i = 0; i < 5; i++) expect((await limited.as(null).get('/health')).status).toBe(200);
    });
  });
});

describe('deactivated user', () => {
  it('cannot log in, refresh or use an existing access token', async () => {
    const pair = await session('finance');
    expect((await me(pair.accessToken)).status).toBe(200);

    await app.server.dataSource.getRepository(User).update({ username: 'finance' }, { isActive: false });
    // AccessService caches actors for 30 s; a user change through the API invalidates it.
    app.server.app.get(AccessService).invalidate();

    expectError(await me(pair.accessToken), 401, 'ACCOUNT_DISABLED');
    expectError(await refresh(pair.refreshToken), 401, 'ACCOUNT_DISABLED');
    expectError(await login('finance', DEMO_PASSWORD), 401, 'ACCOUNT_DISABLED');
    // A wrong password still reads as wrong credentials: nothing is revealed without the password.
    expectError(await login('finance', 'Wrong@2026'), 401, 'INVALID_CREDENTIALS');
  });
});
