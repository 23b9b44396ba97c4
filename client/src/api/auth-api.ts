import { http, unwrap } from './http';
import type { Me } from './types';

export const authApi = {
  login: (username: string, password: string) => unwrap(http.POST('/auth/login', { body: { username, password } })),
  /** The document types team and rule conditions loosely; Me states their real shape. */
  me: async (): Promise<Me> => (await unwrap(http.GET('/auth/me'))) as Me,
  logout: (refreshToken: string) => unwrap(http.POST('/auth/logout', { body: { refreshToken } })),
};
