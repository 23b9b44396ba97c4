import { http, unwrap } from './http';
import type {
  ApiTokenBody,
  ConvertLeadBody,
  CreateLeadBody,
  ImportFormat,
  LeadAssignment,
  LeadListQuery,
  LeadRuleBody,
  UpdateLeadBody,
} from './types';

const byId = (id: number) => ({ params: { path: { id } } });

/** The content type the import endpoint reads each format as. */
const IMPORT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const leadsApi = {
  /** pool=true lists the ownerless leads the user may claim instead of their own. */
  list: (query: LeadListQuery) => unwrap(http.GET('/leads', { params: { query } })),
  get: (id: number) => unwrap(http.GET('/leads/{id}', byId(id))),
  create: (body: CreateLeadBody) => unwrap(http.POST('/leads', { body })),
  update: (id: number, body: UpdateLeadBody) => unwrap(http.PATCH('/leads/{id}', { ...byId(id), body })),
  claim: (id: number) => unwrap(http.POST('/leads/{id}/claim', byId(id))),
  release: (id: number) => unwrap(http.POST('/leads/{id}/release', byId(id))),
  convert: (id: number, body: ConvertLeadBody) => unwrap(http.POST('/leads/{id}/convert', { ...byId(id), body })),
  /** The file is the request body, sent as it is; a file with a bad row comes back as IMPORT_REJECTED. */
  importFile: (file: Blob, format: ImportFormat, assign: LeadAssignment) =>
    unwrap(
      http.POST('/leads/import', {
        params: { query: { format, assign } },
        body: '',
        bodySerializer: () => file,
        headers: { 'content-type': IMPORT_TYPES[format] },
      }),
    ),
  rules: () => unwrap(http.GET('/leads/rules')),
  createRule: (body: LeadRuleBody) => unwrap(http.POST('/leads/rules', { body })),
  updateRule: (id: number, body: LeadRuleBody) => unwrap(http.PUT('/leads/rules/{id}', { ...byId(id), body })),
  tokens: () => unwrap(http.GET('/leads/api-tokens')),
  createToken: (body: ApiTokenBody) => unwrap(http.POST('/leads/api-tokens', { body })),
  revokeToken: (id: number) => unwrap(http.POST('/leads/api-tokens/{id}/revoke', byId(id))),
};
