import { http, unwrap } from './http';
import type { CreateRoleBody, UpdateRoleBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

export const rolesApi = {
  /** The modules, actions and data scopes a role can grant. */
  vocabulary: () => unwrap(http.GET('/roles/vocabulary')),
  list: () => unwrap(http.GET('/roles')),
  get: (id: number) => unwrap(http.GET('/roles/{id}', byId(id))),
  create: (body: CreateRoleBody) => unwrap(http.POST('/roles', { body })),
  update: (id: number, body: UpdateRoleBody) => unwrap(http.PATCH('/roles/{id}', { ...byId(id), body })),
  remove: (id: number) => unwrap(http.DELETE('/roles/{id}', byId(id))),
};
