import { http, unwrap } from './http';

export const picklistsApi = {
  list: () => unwrap(http.GET('/picklists')),
};
