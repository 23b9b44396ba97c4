import { http, unwrap } from './http';
import type { CreateTeamBody, UpdateTeamBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

export const teamsApi = {
  /** The whole tree, parents before children. */
  list: () => unwrap(http.GET('/teams')),
  create: (body: CreateTeamBody) => unwrap(http.POST('/teams', { body })),
  update: (id: number, body: UpdateTeamBody) => unwrap(http.PATCH('/teams/{id}', { ...byId(id), body })),
  move: (id: number, parentId: number, version: number) =>
    unwrap(http.POST('/teams/{id}/move', { ...byId(id), body: { parentId, version } })),
  remove: (id: number) => unwrap(http.DELETE('/teams/{id}', byId(id))),
};
