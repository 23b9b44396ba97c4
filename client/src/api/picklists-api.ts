import { http, unwrap } from './http';
import type { CreateOptionBody, CreatePicklistBody, UpdateOptionBody } from './types';

const option = (picklistKey: string, optionKey: string) => ({ params: { path: { picklistKey, optionKey } } });

/** Every change answers with the whole picklist as it now is. */
export const picklistsApi = {
  list: () => unwrap(http.GET('/picklists')),
  create: (body: CreatePicklistBody) => unwrap(http.POST('/picklists', { body })),
  addOption: (picklistKey: string, body: CreateOptionBody) =>
    unwrap(http.POST('/picklists/{picklistKey}/options', { params: { path: { picklistKey } }, body })),
  updateOption: (picklistKey: string, optionKey: string, body: UpdateOptionBody) =>
    unwrap(http.PATCH('/picklists/{picklistKey}/options/{optionKey}', { ...option(picklistKey, optionKey), body })),
  deleteOption: (picklistKey: string, optionKey: string) =>
    unwrap(http.DELETE('/picklists/{picklistKey}/options/{optionKey}', option(picklistKey, optionKey))),
};
