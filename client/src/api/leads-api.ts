import { http, unwrap } from './http';
import { fileBody } from './import-file';
import type {
  ApiTokenBody,
  AuditEntry,
  ConvertLeadBody,
  CreateLeadBody,
  ImportFormat,
  Lead,
  LeadAssignment,
  LeadListQuery,
  LeadRuleBody,
  Page,
  UpdateLeadBody,
} from './types';

const byId = (id: number) => ({ params: { path: { id } } });
/** Custom values are loose in the document; Lead states their shape. */
const asLead = async (pending: Promise<unknown>): Promise<Lead> => (await pending) as Lead;

export const leadsApi = {
  /** pool=true lists the ownerless leads the user may claim instead of their own. */
  list: async (query: LeadListQuery): Promise<Page<Lead>> => (await unwrap(http.GET('/leads', { params: { query } }))) as Page<Lead>,
  get: (id: number) => asLead(unwrap(http.GET('/leads/{id}', byId(id)))),
  history: (id: number, beforeId?: number): Promise<AuditEntry[]> =>
    unwrap(http.GET('/leads/{id}/history', { params: { path: { id }, query: { beforeId } } })),
  create: (body: CreateLeadBody) => asLead(unwrap(http.POST('/leads', { body }))),
  update: (id: number, body: UpdateLeadBody) => asLead(unwrap(http.PATCH('/leads/{id}', { ...byId(id), body }))),
  claim: (id: number) => asLead(unwrap(http.POST('/leads/{id}/claim', byId(id)))),
  release: (id: number) => asLead(unwrap(http.POST('/leads/{id}/release', byId(id)))),
  convert: (id: number, body: ConvertLeadBody) => asLead(unwrap(http.POST('/leads/{id}/convert', { ...byId(id), body }))),
  /** The file is the request body, sent as it is; a file with a bad row comes back as IMPORT_REJECTED. */
  importFile: (file: Blob, format: ImportFormat, assign: LeadAssignment) =>
    unwrap(http.POST('/leads/import', { params: { query: { format, assign } }, ...fileBody(file, format) })),
  rules: () => unwrap(http.GET('/leads/rules')),
  createRule: (body: LeadRuleBody) => unwrap(http.POST('/leads/rules', { body })),
  updateRule: (id: number, body: LeadRuleBody) => unwrap(http.PUT('/leads/rules/{id}', { ...byId(id), body })),
  tokens: () => unwrap(http.GET('/leads/api-tokens')),
  createToken: (body: ApiTokenBody) => unwrap(http.POST('/leads/api-tokens', { body })),
  revokeToken: (id: number) => unwrap(http.POST('/leads/api-tokens/{id}/revoke', byId(id))),
};
