import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { forbidden, foundOrFail, invalid, staleVersion } from '../../common/errors/app-error.js';
import type { FieldProblem } from '../../common/errors/app-error.js';
import { lineTotal, sum } from '../../common/money.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { CustomersService } from '../customers/customers.service.js';
import { ContactsService } from '../customers/contacts.service.js';
import { ProductsService } from '../products/products.service.js';
import { UsersService } from '../users/users.service.js';
import { Opportunity } from './opportunity.entity.js';
import type { OpportunityLine, OpportunityStatus } from './opportunity.entity.js';
import { OpportunitiesRepository } from './opportunities.repository.js';
import type { OpportunityRow } from './opportunities.repository.js';
import { PipelinesService } from './pipelines.service.js';
import type {
  BoardDto,
  BoardQueryDto,
  CreateOpportunityDto,
  LineInputDto,
  MoveStageDto,
  OpportunityDetailDto,
  OpportunityDto,
  OpportunityListQueryDto,
  OpportunityPageDto,
  StageDto,
  UpdateOpportunityDto,
} from './opportunities.dto.js';

const ENTITY = 'opportunity';

@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly opportunities: OpportunitiesRepository,
    private readonly pipelines: PipelinesService,
    private readonly customers: CustomersService,
    private readonly contacts: ContactsService,
    private readonly products: ProductsService,
    private readonly users: UsersService,
    private readonly fields: RecordFieldsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: OpportunityListQueryDto): Promise<OpportunityPageDto> {
    const page = await this.opportunities.findPage(actor, actor.scope('read', 'opportunities'), query);
    return { ...page, items: await this.fields.present(actor, 'opportunities', page.items, toOpportunityDto) };
  }

  async get(actor: Actor, id: number): Promise<OpportunityDetailDto> {
    const row = await this.opportunities.table.getOne(actor.scope('read', 'opportunities'), id);
    const [[named], details] = await Promise.all([this.opportunities.withNames([row]), this.opportunities.detailsOf(id)]);
    const [dto] = await this.fields.present(actor, 'opportunities', [named], toOpportunityDto);
    return {
      ...dto,
      lines: details.lines.map((line) => ({
        productId: line.productId,
        productCode: line.product.code,
        productName: line.product.name,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        discountPercent: line.discountPercent,
        lineTotal: line.lineTotal,
      })),
      contactIds: details.contactIds,
      stageHistory: details.history.map(({ fromStageId, toStageId, changedAt, changedBy, secondsInStage }) => ({
        fromStageId,
        toStageId,
        changedAt,
        changedBy,
        secondsInStage,
      })),
    };
  }

  /** The kanban board: one column per stage with its count, summed amount and newest cards. */
  async board(actor: Actor, query: BoardQueryDto): Promise<BoardDto> {
    const pipeline = await this.pipelines.pipelineOrDefault(query.pipelineId);
    const stageIds = pipeline.stages.map((stage) => stage.id);
    const { totals, cards } = await this.opportunities.board(actor.scope('read', 'opportunities'), pipeline.id, stageIds, query.perStage ?? 50, query.ownerId);
    const columns = [];
    for (const stage of pipeline.stages) {
      const rows = await this.opportunities.withNames(cards.get(stage.id) ?? []);
      columns.push({
        stage,
        count: totals.get(stage.id)?.count ?? 0,
        totalAmount: sum([totals.get(stage.id)?.total ?? '0']),
        cards: await this.fields.present(actor, 'opportunities', rows, toOpportunityDto),
      });
    }
    return { pipeline, columns };
  }

  async create(actor: Actor, dto: CreateOpportunityDto): Promise<OpportunityDetailDto> {
    const id = await this.dataSource.transaction((manager) => this.createWithin(manager, actor, dto));
    return this.get(actor, id);
  }

  /** Opens an opportunity inside the caller's transaction (lead conversion uses it); returns its id. */
  async createWithin(manager: EntityManager, actor: Actor, dto: CreateOpportunityDto): Promise<number> {
    const { customFields, lines, contactIds, pipelineId, stageId, ...fields } = dto;
    const customer = await this.customers.getWithin(manager, actor, dto.customerId);
    const owner = foundOrFail(await this.users.findOwnerPlacement(actor.id), 'User', actor.id);
    const placement = { ownerId: owner.id, teamPath: owner.teamPath };
    if (!actor.can('create', 'opportunities', placement)) throw forbidden('You may not create opportunities');
    const pipeline = await this.pipelines.pipelineOrDefault(pipelineId, 'pipelineId');
    const stage = stageId ? pipeline.stages.find((s) => s.id === stageId) : pipeline.stages.find((s) => s.stageType === 'open');
    if (!stage || stage.stageType !== 'open') throw invalid([{ field: 'stageId', reason: 'is not an open stage of the pipeline' }]);
    const priced = await this.priceLines(actor, customer.id, lines ?? []);
    const problems = [...priced.problems, ...(await this.contactProblems(customer.id, contactIds ?? []))];
    if (problems.length) throw invalid(problems);
    const writes = await this.fields.checkWrite(actor, 'opportunities', Opportunity, fields, customFields, null);
    const now = new Date();
    const values = {
      ...fields,
      name: dto.name,
      pipelineId: pipeline.id,
      stageId: stage.id,
      status: 'open' as const,
      amount: priced.lines.length ? sum(priced.lines.map((l) => l.lineTotal)) : (dto.amount ?? '0.00'),
      probability: dto.probability ?? stage.probability,
      stageEnteredAt: now,
      ...placement,
      createdBy: actor.id,
      version: 1,
    };
    const newId = await this.opportunities.insert(manager, values);
    await this.opportunities.replaceLines(manager, newId, priced.lines);
    await this.opportunities.replaceContacts(manager, newId, contactIds ?? []);
    await this.opportunities.recordStageChange(manager, { opportunityId: newId, fromStageId: null, toStageId: stage.id, changedBy: actor.id, changedAt: now, secondsInStage: null });
    await this.fields.saveCustomFields(manager, newId, writes);
    await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, this.fields.snapshot(values, customFields ?? {}));
    return newId;
  }

  /** Links contacts created in the caller's transaction (lead conversion). */
  attachContacts(manager: EntityManager, opportunityId: number, contactIds: number[]): Promise<void> {
    return this.opportunities.replaceContacts(manager, opportunityId, contactIds);
  }

  async update(actor: Actor, id: number, dto: UpdateOpportunityDto): Promise<OpportunityDetailDto> {
    const { version, customFields, lines, contactIds, ...fields } = dto;
    await this.dataSource.transaction(async (manager) => {
      const before = await this.opportunities.table.getOne(actor.scope('read', 'opportunities'), id, manager);
      if (!actor.can('update', 'opportunities', before)) throw forbidden('You may not change this opportunity');
      const priced = lines ? await this.priceLines(actor, before.customerId, lines) : null;
      const problems = [...(priced?.problems ?? []), ...(contactIds ? await this.contactProblems(before.customerId, contactIds) : [])];
      if (problems.length) throw invalid(problems);
      const current = await this.fields.current('opportunities', before, manager);
      const writes = await this.fields.checkWrite(actor, 'opportunities', Opportunity, fields, customFields, current);
      const hasLines = priced ? priced.lines.length > 0 : (await this.opportunities.detailsOf(id, manager)).lines.length > 0;
      if (hasLines && fields.amount !== undefined) throw invalid([{ field: 'amount', reason: 'is the sum of the lines; change the lines instead' }]);
      const changes: Partial<Opportunity> = { ...fields, ...(priced && priced.lines.length ? { amount: sum(priced.lines.map((l) => l.lineTotal)) } : {}) };
      await this.opportunities.table.updateVersioned(manager, actor.scope('update', 'opportunities'), id, version, changes);
      if (priced) await this.opportunities.replaceLines(manager, id, priced.lines);
      if (contactIds) await this.opportunities.replaceContacts(manager, id, contactIds);
      await this.fields.saveCustomFields(manager, id, writes);
      const after = await this.fields.current('opportunities', await this.opportunities.table.getOne(actor.scope('read', 'opportunities'), id, manager), manager);
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, this.fields.snapshot(before, current.customFields), this.fields.snapshot(after.row, after.customFields));
    });
    return this.get(actor, id);
  }

  /**
   * Moves an opportunity to another stage of its pipeline (a kanban drop). Reaching a won or lost
   * stage closes it; a lost one needs a reason. The time spent in the stage it leaves is kept.
   */
  async moveStage(actor: Actor, id: number, dto: MoveStageDto): Promise<OpportunityDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.opportunities.table.getOne(actor.scope('read', 'opportunities'), id, manager);
      if (!actor.can('update', 'opportunities', before)) throw forbidden('You may not change this opportunity');
      // A card dragged from a stale board is refused before anything else is checked.
      if (before.version !== dto.version) throw staleVersion('Opportunity', id, before.version);
      const pipeline = await this.pipelines.pipelineOrDefault(before.pipelineId);
      const stage = pipeline.stages.find((s) => s.id === dto.stageId);
      if (!stage) throw invalid([{ field: 'stageId', reason: 'is not a stage of the opportunity’s pipeline' }]);
      await this.checkClosing(stage, dto);
      const now = new Date();
      const changes: Partial<Opportunity> = {
        stageId: stage.id,
        status: stage.stageType as OpportunityStatus,
        probability: stage.probability,
        stageEnteredAt: now,
        closedAt: stage.stageType === 'open' ? null : now,
        lostReason: stage.stageType === 'lost' ? dto.lostReason! : null,
        closeNote: stage.stageType === 'open' ? before.closeNote : (dto.closeNote ?? null),
      };
      await this.opportunities.table.updateVersioned(manager, actor.scope('update', 'opportunities'), id, dto.version, changes);
      const secondsInStage = Math.max(0, Math.round((now.getTime() - before.stageEnteredAt.getTime()) / 1000));
      await this.opportunities.recordStageChange(manager, { opportunityId: id, fromStageId: before.stageId, toStageId: stage.id, changedBy: actor.id, changedAt: now, secondsInStage });
      const { stageId, status, probability, lostReason } = before;
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { stageId, status, probability, lostReason }, { stageId: stage.id, status: stage.stageType, probability: stage.probability, lostReason: changes.lostReason });
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.opportunities.table.getOne(actor.scope('read', 'opportunities'), id, manager);
      if (!actor.can('delete', 'opportunities', before)) throw forbidden('You may not delete this opportunity');
      await this.opportunities.table.deleteInScope(manager, actor.scope('delete', 'opportunities'), id);
      await this.audit.recordChange(manager, actor, ENTITY, 'delete', id, before, null);
    });
  }

  private async checkClosing(stage: StageDto, dto: MoveStageDto): Promise<void> {
    if (stage.stageType !== 'lost') return;
    if (!dto.lostReason) throw invalid([{ field: 'lostReason', reason: 'is required when an opportunity is lost' }]);
    const problems = await this.fields.picklistProblems(Opportunity, { lostReason: dto.lostReason });
    if (problems.length) throw invalid(problems);
  }

  /** Lines with their prices: the customer's effective price unless one is given; exact totals. */
  private async priceLines(actor: Actor, customerId: number, lines: LineInputDto[]) {
    const problems: FieldProblem[] = [];
    const priced: Array<Omit<OpportunityLine, 'id' | 'opportunityId'>> = [];
    for (const [i, line] of lines.entries()) {
      const field = `lines.${i}`;
      if (line.discountPercent && (Number(line.discountPercent) > 100 || line.discountPercent.startsWith('-'))) {
        problems.push({ field: `${field}.discountPercent`, reason: 'must be between 0 and 100' });
        continue;
      }
      if (line.quantity.startsWith('-') || Number(line.quantity) === 0) {
        problems.push({ field: `${field}.quantity`, reason: 'must be more than 0' });
        continue;
      }
      const product = await this.products.get(actor, line.productId).catch(() => null);
      if (!product || !product.isActive) {
        problems.push({ field: `${field}.productId`, reason: 'is not an active product' });
        continue;
      }
      const unitPrice = line.unitPrice ?? (await this.products.effectivePrice(actor, product.id, { customerId })).unitPrice;
      const discountPercent = line.discountPercent ?? '0';
      priced.push({ productId: product.id, quantity: line.quantity, unitPrice, discountPercent, lineTotal: lineTotal(line.quantity, unitPrice, discountPercent), sortOrder: i });
    }
    return { lines: priced, problems };
  }

  private async contactProblems(customerId: number, contactIds: number[]): Promise<FieldProblem[]> {
    const belonging = new Set(await this.contacts.belongingTo(customerId, contactIds));
    return contactIds.filter((id) => !belonging.has(id)).map((id) => ({ field: 'contactIds', reason: `contact ${id} is not a contact of this customer` }));
  }
}

export function toOpportunityDto(row: OpportunityRow, customFields: Record<string, unknown>): OpportunityDto {
  return {
    id: row.id,
    name: row.name,
    customer: { id: row.customerId, name: row.customerName ?? '' },
    pipelineId: row.pipelineId,
    stageId: row.stageId,
    status: row.status,
    amount: row.amount,
    currency: row.currency,
    expectedCloseDate: row.expectedCloseDate,
    probability: row.probability,
    competitors: row.competitors,
    lostReason: row.lostReason,
    closeNote: row.closeNote,
    closedAt: row.closedAt,
    stageEnteredAt: row.stageEnteredAt,
    notes: row.notes,
    owner: row.ownerId === null ? null : { id: row.ownerId, displayName: row.ownerName ?? '' },
    customFields,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

