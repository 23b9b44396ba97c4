import type { TokenPair } from './types';

/** The session's token pair, kept in localStorage so a reload or a second tab stays signed in. */
export interface TokenStore {
  read(): Pick<TokenPair, 'accessToken' | 'refreshToken'> | null;
  write(pair: Pick<TokenPair, 'accessToken' | 'refreshToken'>): void;
  clear(): void;
}

const STORAGE_KEY = 'crm.session';

export const browserTokenStore: TokenStore = {
  read() {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Partial<TokenPair>;
      return typeof value.accessToken === 'string' && typeof value.refreshToken === 'string'
        ? { accessToken: value.accessToken, refreshToken: value.refreshToken }
        : null;
    } catch {
      return null;
    }
  },
  write({ accessToken, refreshToken }) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ accessToken, refreshToken }));
  },
  clear() {
    localStorage.removeItem(STORAGE_KEY);
  },
};
