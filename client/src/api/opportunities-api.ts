import { http, unwrap } from './http';
import type {
  Board,
  BoardQuery,
  CreateOpportunityBody,
  MoveStageBody,
  Opportunity,
  OpportunityDetail,
  OpportunityListQuery,
  Page,
  PipelineBody,
  UpdateOpportunityBody,
} from './types';

const byId = (id: number) => ({ params: { path: { id } } });
/** The document types an opportunity's customer and owner as bare objects; the names here state them. */
const asDetail = async (pending: Promise<unknown>): Promise<OpportunityDetail> => (await pending) as OpportunityDetail;

export const opportunitiesApi = {
  list: async (query: OpportunityListQuery): Promise<Page<Opportunity>> =>
    (await unwrap(http.GET('/opportunities', { params: { query } }))) as Page<Opportunity>,
  board: async (query: BoardQuery): Promise<Board> => (await unwrap(http.GET('/opportunities/board', { params: { query } }))) as Board,
  get: (id: number) => asDetail(unwrap(http.GET('/opportunities/{id}', byId(id)))),
  create: (body: CreateOpportunityBody) => asDetail(unwrap(http.POST('/opportunities', { body }))),
  update: (id: number, body: UpdateOpportunityBody) => asDetail(unwrap(http.PATCH('/opportunities/{id}', { ...byId(id), body }))),
  moveStage: (id: number, body: MoveStageBody) => asDetail(unwrap(http.POST('/opportunities/{id}/stage', { ...byId(id), body }))),
  remove: (id: number) => unwrap(http.DELETE('/opportunities/{id}', byId(id))),
  pipelines: () => unwrap(http.GET('/pipelines')),
  createPipeline: (body: PipelineBody) => unwrap(http.POST('/pipelines', { body })),
  updatePipeline: (id: number, body: PipelineBody) => unwrap(http.PUT('/pipelines/{id}', { ...byId(id), body })),
};
