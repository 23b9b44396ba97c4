import { http, unwrap } from './http';

export const usersApi = {
  options: () => unwrap(http.GET('/users/options')),
};
