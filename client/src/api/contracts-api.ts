import { http, unwrap } from './http';
import type {
  ContractAttachment,
  ContractDetail,
  ContractListQuery,
  ContractStatusBody,
  Contract,
  CreateContractBody,
  InstalmentInput,
  Page,
  UpdateContractBody,
} from './types';

const byId = (id: number) => ({ params: { path: { id } } });
const attachmentPath = (id: number, attachmentId: number) => ({ params: { path: { id, attachmentId } } });

/** The content types the server accepts for attachments (it also checks the file's first bytes). */
export const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

export const contractsApi = {
  list: (query: ContractListQuery): Promise<Page<Contract>> => unwrap(http.GET('/contracts', { params: { query } })),
  get: (id: number): Promise<ContractDetail> => unwrap(http.GET('/contracts/{id}', byId(id))),
  /** A draft from an order, an accepted quote, or on its own (customer and amount given). */
  create: (body: CreateContractBody): Promise<ContractDetail> => unwrap(http.POST('/contracts', { body })),
  update: (id: number, body: UpdateContractBody): Promise<ContractDetail> => unwrap(http.PATCH('/contracts/{id}', { ...byId(id), body })),
  changeStatus: (id: number, body: ContractStatusBody): Promise<ContractDetail> => unwrap(http.POST('/contracts/{id}/status', { ...byId(id), body })),
  /** The successor draft for the next period. */
  renew: (id: number, version: number): Promise<ContractDetail> => unwrap(http.POST('/contracts/{id}/renew', { ...byId(id), body: { version } })),
  /** Replaces the instalments; the server checks they add up to the contract amount. */
  setPaymentPlan: (id: number, instalments: InstalmentInput[], version: number): Promise<ContractDetail> =>
    unwrap(http.PUT('/contracts/{id}/payment-plan', { ...byId(id), body: { instalments, version } })),
  /** The file is the request body, sent with its own content type; the server decides what it accepts. */
  attach: (id: number, file: Blob, fileName: string, contentType: string): Promise<ContractAttachment> =>
    unwrap(
      http.POST('/contracts/{id}/attachments', {
        params: { path: { id }, query: { fileName } },
        body: '',
        bodySerializer: () => file,
        headers: { 'content-type': contentType || 'application/octet-stream' },
      }),
    ),
  /** The attached file, fetched with the token (a plain link would carry none). */
  download: async (id: number, attachmentId: number): Promise<Blob> =>
    (await http.GET('/contracts/{id}/attachments/{attachmentId}', { ...attachmentPath(id, attachmentId), parseAs: 'blob' })).data as Blob,
  removeAttachment: (id: number, attachmentId: number) => unwrap(http.DELETE('/contracts/{id}/attachments/{attachmentId}', attachmentPath(id, attachmentId))),
};
