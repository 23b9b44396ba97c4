import { http, unwrap } from './http';
import type { CreateCustomFieldBody, CustomField, CustomFieldEntity, UpdateCustomFieldBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

/** The document types default values loosely; CustomField states their shape. */
export const customFieldsApi = {
  /** The active fields the current user may see, with whether they may change each. */
  visible: async (entity: CustomFieldEntity): Promise<CustomField[]> =>
    (await unwrap(http.GET('/custom-fields', { params: { query: { entity } } }))) as CustomField[],
  /** Every field, inactive ones too (administration). */
  all: async (entity?: CustomFieldEntity): Promise<CustomField[]> =>
    (await unwrap(http.GET('/custom-fields/all', { params: { query: { entity } } }))) as CustomField[],
  create: async (body: CreateCustomFieldBody): Promise<CustomField> =>
    (await unwrap(http.POST('/custom-fields', { body: body as never }))) as CustomField,
  update: async (id: number, body: UpdateCustomFieldBody): Promise<CustomField> =>
    (await unwrap(http.PATCH('/custom-fields/{id}', { ...byId(id), body: body as never }))) as CustomField,
  remove: (id: number) => unwrap(http.DELETE('/custom-fields/{id}', byId(id))),
};
