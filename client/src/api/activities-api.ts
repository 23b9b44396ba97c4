import { http, unwrap } from './http';
import type { Activity, ActivityListQuery, CreateActivityBody, Page, Timeline, UpdateActivityBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });
/** Custom values are loose in the document; Activity states their shape. */
const asActivity = async (pending: Promise<unknown>): Promise<Activity> => (await pending) as Activity;

export const activitiesApi = {
  list: async (query: ActivityListQuery): Promise<Page<Activity>> =>
    (await unwrap(http.GET('/activities', { params: { query } }))) as Page<Activity>,
  get: (id: number) => asActivity(unwrap(http.GET('/activities/{id}', byId(id)))),
  create: (body: CreateActivityBody) => asActivity(unwrap(http.POST('/activities', { body }))),
  update: (id: number, body: UpdateActivityBody) => asActivity(unwrap(http.PATCH('/activities/{id}', { ...byId(id), body }))),
  remove: (id: number) => unwrap(http.DELETE('/activities/{id}', byId(id))),
  /** A customer's timeline, newest first; `cursor` is the previous page's nextCursor. */
  timeline: (customerId: number, cursor?: string, limit = 20): Promise<Timeline> =>
    unwrap(http.GET('/customers/{id}/timeline', { params: { path: { id: customerId }, query: { cursor, limit } } })),
};
