import { describe, expect, it, vi } from 'vitest';
import type { RouteLocationNormalized } from 'vue-router';
import type { Permission } from '@/utils/ability';
import { createAccessGuard, redirectTarget } from './guard';

type RoutePart = Partial<Omit<RouteLocationNormalized, 'meta'>> & { meta?: Partial<RouteLocationNormalized['meta']> };

function route(partial: RoutePart) {
  return { fullPath: '/', query: {}, name: undefined, ...partial, meta: { titleKey: 'app.name', ...partial.meta } } as RouteLocationNormalized;
}

function session(options: { signedIn: boolean; restores?: boolean; allowed?: Permission[] }) {
  const state = {
    isAuthenticated: options.signedIn,
    restore: vi.fn(() => {
      if (options.restores) state.isAuthenticated = true;
      return Promise.resolve();
    }),
    can: (action: Permission['action'], subject: Permission['subject']) =>
      (options.allowed ?? []).some((p) => p.action === action && p.subject === subject),
  };
  return state;
}

const customersPage = route({
  name: 'customers',
  fullPath: '/customers?q=acme',
  meta: { permission: { action: 'read', subject: 'customers' } },
});

describe('access guard', () => {
  it('sends a visitor without a session to the login page, remembering where they were going', async () => {
    const guard = createAccessGuard(session({ signedIn: false }), () => null);
    expect(await guard(customersPage)).toEqual({ name: 'login', query: { redirect: '/customers?q=acme' } });
  });

  it('resumes a stored session before deciding', async () => {
    const state = session({ signedIn: false, restores: true, allowed: [{ action: 'read', subject: 'customers' }] });
    expect(await createAccessGuard(state, () => null)(customersPage)).toBe(true);
    expect(state.restore).toHaveBeenCalled();
  });

  it('refuses pages whose permission the user lacks', async () => {
    const guard = createAccessGuard(session({ signedIn: true, allowed: [] }), () => null);
    expect(await guard(customersPage)).toEqual({ name: 'forbidden', query: { from: '/customers?q=acme' } });
  });

  it('opens public pages to anyone, and sends a signed-in user from the login page onwards', async () => {
    const login = route({ name: 'login', fullPath: '/login?redirect=/contacts', query: { redirect: '/contacts' }, meta: { public: true } });
    expect(await createAccessGuard(session({ signedIn: false }), () => null)(login)).toBe(true);
    expect(await createAccessGuard(session({ signedIn: true }), () => null)(login)).toBe('/contacts');
  });

  it('lands on the first module the user may open', async () => {
    const home = route({ name: 'home' });
    expect(await createAccessGuard(session({ signedIn: true }), () => 'contacts')(home)).toEqual({ name: 'contacts' });
    expect(await createAccessGuard(session({ signedIn: true }), () => null)(home)).toBe(true);
  });
});

describe('redirectTarget', () => {
  it('follows only paths inside the app', () => {
    expect(redirectTarget(route({ query: { redirect: '/customers/4' } }))).toBe('/customers/4');
    expect(redirectTarget(route({ query: { redirect: 'https://evil.example' } }))).toBe('/');
    expect(redirectTarget(route({ query: { redirect: '//evil.example' } }))).toBe('/');
    expect(redirectTarget(route({}))).toBe('/');
  });
});
