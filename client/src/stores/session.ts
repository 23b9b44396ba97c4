import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { authApi } from '@/api/auth-api';
import { browserTokenStore } from '@/api/token-store';
import type { DataScope, Me } from '@/api/types';
import { buildAbility, can as abilityCan, type Action, type AppAbility, type Subject } from '@/utils/ability';
import { usePreferencesStore } from './preferences';

/** Narrowest first. */
const DATA_SCOPES: readonly DataScope[] = ['own', 'team', 'all'];

/** The signed-in user, their permissions and the session's tokens. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null);
  const ability = shallowRef<AppAbility>(buildAbility([]));
  const isAuthenticated = computed(() => me.value !== null);
  const preferences = usePreferencesStore();

  function setProfile(profile: Me | null): void {
    me.value = profile;
    ability.value = buildAbility(profile?.rules ?? []);
    preferences.loadFor(profile?.username ?? null);
  }

  async function login(username: string, password: string): Promise<void> {
    const pair = await authApi.login(username, password);
    browserTokenStore.write(pair);
    setProfile(await authApi.me());
  }

  /** Resumes a stored session after a reload; an expired access token is refreshed on the way. */
  async function restore(): Promise<void> {
    if (me.value || !browserTokenStore.read()) return;
    try {
      setProfile(await authApi.me());
    } catch {
      // The guard sends a user without a profile to the login page; an ended session's tokens
      // were already cleared by the http layer.
    }
  }

  /** Forgets the session here at once; the server is told to end it as well. */
  async function logout(): Promise<void> {
    const tokens = browserTokenStore.read();
    clear();
    if (tokens) await authApi.logout(tokens.refreshToken).catch(() => undefined);
  }

  function clear(): void {
    browserTokenStore.clear();
    setProfile(null);
  }

  function can(action: Action, subject: Subject, ownerId?: number): boolean {
    return abilityCan(ability.value, action, subject, ownerId);
  }

  /** The widest data scope in which the user may read a module, if any. */
  function readScope(subject: Subject): DataScope | undefined {
    const scopes = (me.value?.grants ?? [])
      .filter((grant) => grant.module === subject && grant.actions.includes('read'))
      .map((grant) => grant.scope);
    return DATA_SCOPES.findLast((scope) => scopes.includes(scope));
  }

  return { me, ability, isAuthenticated, login, restore, logout, clear, can, readScope };
});
