import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@/api/types';
import { i18n } from '@/locales';
import { usePreferencesStore } from './preferences';
import { useSessionStore } from './session';

const authApi = vi.hoisted(() => ({ login: vi.fn(), me: vi.fn(), logout: vi.fn() }));
vi.mock('@/api/auth-api', () => ({ authApi }));

const SALES1: Me = {
  id: 7,
  username: 'sales1',
  displayName: 'Sam Sales',
  locale: 'en',
  roles: ['sales'],
  team: { id: 3, name: 'East', path: '000001000002000003' },
  rules: [
    { action: 'read', subject: 'customers', conditions: { ownerId: 7 } },
    { action: 'update', subject: 'customers', conditions: { ownerId: 7 } },
  ],
  grants: [{ module: 'customers', actions: ['read', 'update'], scope: 'own' }],
};

const PAIR = { accessToken: 'access', refreshToken: 'refresh', expiresIn: 900, tokenType: 'Bearer' };

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
  vi.resetAllMocks();
  authApi.logout.mockResolvedValue(undefined);
});

describe('session store', () => {
  it('logs in: stores the tokens, the profile and the ability built from its rules', async () => {
    authApi.login.mockResolvedValue(PAIR);
    authApi.me.mockResolvedValue(SALES1);
    const session = useSessionStore();
    await session.login('sales1', 'Demo@2026');

    expect(authApi.login).toHaveBeenCalledWith('sales1', 'Demo@2026');
    expect(JSON.parse(localStorage.getItem('crm.session') ?? 'null')).toEqual({ accessToken: 'access', refreshToken: 'refresh' });
    expect(session.isAuthenticated).toBe(true);
    expect(session.can('read', 'customers')).toBe(true);
    expect(session.can('update', 'customers', 7)).toBe(true);
    expect(session.can('update', 'customers', 8)).toBe(false);
    expect(session.can('delete', 'customers')).toBe(false);
    expect(session.readScope('customers')).toBe('own');
    expect(session.readScope('contacts')).toBeUndefined();
  });

  it('keeps no session when login fails', async () => {
    authApi.login.mockRejectedValue(new Error('INVALID_CREDENTIALS'));
    const session = useSessionStore();
    await expect(session.login('sales1', 'wrong')).rejects.toThrow();
    expect(session.isAuthenticated).toBe(false);
    expect(localStorage.getItem('crm.session')).toBeNull();
  });

  it('resumes a stored session, and leaves a visitor without tokens alone', async () => {
    const session = useSessionStore();
    await session.restore();
    expect(authApi.me).not.toHaveBeenCalled();

    localStorage.setItem('crm.session', JSON.stringify({ accessToken: 'a', refreshToken: 'r' }));
    authApi.me.mockResolvedValue(SALES1);
    await session.restore();
    expect(session.me?.username).toBe('sales1');
  });

  it('logs out locally at once and tells the server', async () => {
    authApi.login.mockResolvedValue(PAIR);
    authApi.me.mockResolvedValue(SALES1);
    authApi.logout.mockRejectedValue(new Error('offline'));
    const session = useSessionStore();
    await session.login('sales1', 'Demo@2026');
    await session.logout();
    expect(authApi.logout).toHaveBeenCalledWith('refresh');
    expect(session.isAuthenticated).toBe(false);
    expect(session.can('read', 'customers')).toBe(false);
    expect(localStorage.getItem('crm.session')).toBeNull();
  });

  it('widest read scope wins across roles', async () => {
    authApi.login.mockResolvedValue(PAIR);
    authApi.me.mockResolvedValue({
      ...SALES1,
      grants: [
        { module: 'customers', actions: ['read'], scope: 'own' },
        { module: 'customers', actions: ['read', 'export'], scope: 'all' },
        { module: 'customers', actions: ['read'], scope: 'team' },
      ],
    });
    const session = useSessionStore();
    await session.login('sales1', 'Demo@2026');
    expect(session.readScope('customers')).toBe('all');
  });
});

describe('preferences store', () => {
  it('remembers the language per user and applies it', async () => {
    authApi.login.mockResolvedValue(PAIR);
    authApi.me.mockResolvedValue(SALES1);
    const session = useSessionStore();
    const preferences = usePreferencesStore();
    await session.login('sales1', 'Demo@2026');
    preferences.setLocale('zh-CN');
    await Promise.resolve();
    expect(i18n.global.locale.value).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');

    // Another user on the same device keeps the language they chose.
    await session.logout();
    localStorage.setItem('crm.preferences.sales2', JSON.stringify({ locale: 'en' }));
    authApi.me.mockResolvedValue({ ...SALES1, id: 8, username: 'sales2' });
    await session.login('sales2', 'Demo@2026');
    expect(preferences.locale).toBe('en');

    await session.logout();
    authApi.me.mockResolvedValue(SALES1);
    await session.login('sales1', 'Demo@2026');
    expect(preferences.locale).toBe('zh-CN');
  });

  it('remembers chosen columns per user and list', async () => {
    authApi.login.mockResolvedValue(PAIR);
    authApi.me.mockResolvedValue(SALES1);
    const session = useSessionStore();
    const preferences = usePreferencesStore();
    await session.login('sales1', 'Demo@2026');
    preferences.setColumns('customers', ['code', 'owner']);
    expect(JSON.parse(localStorage.getItem('crm.preferences.sales1') ?? '{}')).toMatchObject({ columns: { customers: ['code', 'owner'] } });

    setActivePinia(createPinia());
    const fresh = usePreferencesStore();
    fresh.loadFor('sales1');
    expect(fresh.columnsOf('customers')).toEqual(['code', 'owner']);
    expect(fresh.columnsOf('contacts')).toBeUndefined();
  });
});
