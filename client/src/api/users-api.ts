import { http, unwrap } from './http';
import type { CreateUserBody, Page, UpdateUserBody, User, UserListQuery } from './types';

const byId = (id: number) => ({ params: { path: { id } } });
/** The document types a user's team as a bare object; User states its shape. */
const asUser = async (pending: Promise<unknown>): Promise<User> => (await pending) as User;

export const usersApi = {
  options: () => unwrap(http.GET('/users/options')),
  list: async (query: UserListQuery): Promise<Page<User>> =>
    (await unwrap(http.GET('/users', { params: { query } }))) as Page<User>,
  get: (id: number) => asUser(unwrap(http.GET('/users/{id}', byId(id)))),
  create: (body: CreateUserBody) => asUser(unwrap(http.POST('/users', { body }))),
  update: (id: number, body: UpdateUserBody) => asUser(unwrap(http.PATCH('/users/{id}', { ...byId(id), body }))),
  deactivate: (id: number) => asUser(unwrap(http.POST('/users/{id}/deactivate', byId(id)))),
  activate: (id: number) => asUser(unwrap(http.POST('/users/{id}/activate', byId(id)))),
  resetPassword: (id: number, password: string) =>
    asUser(unwrap(http.POST('/users/{id}/reset-password', { ...byId(id), body: { password } }))),
  unlock: (id: number) => asUser(unwrap(http.POST('/users/{id}/unlock', byId(id)))),
  /** Gives every record the user owns to another user; answers how many of each kind moved. */
  transferRecords: (id: number, toUserId: number) =>
    unwrap(http.POST('/users/{id}/transfer-records', { ...byId(id), body: { toUserId } })),
};
