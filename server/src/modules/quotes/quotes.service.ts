import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { conflict, forbidden, foundOrFail, invalid, notFound, staleVersion } from '../../common/errors/app-error.js';
import type { FieldProblem } from '../../common/errors/app-error.js';
import { amount, documentTotals, taxedLine } from '../../common/money.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { ContactsService } from '../customers/contacts.service.js';
import { CustomersService } from '../customers/customers.service.js';
import { OpportunitiesService } from '../opportunities/opportunities.service.js';
import { ProductsService } from '../products/products.service.js';
import { UsersService } from '../users/users.service.js';
import { DiscountAuthority } from './discount-authority.js';
import { toPricedLineDto } from './priced-line.js';
import { Quote } from './quote.entity.js';
import type { QuoteLine, QuoteStatus } from './quote.entity.js';
import { QuotesRepository } from './quotes.repository.js';
import type { QuoteRow } from './quotes.repository.js';
import type {
  ApprovalDecisionDto,
  CreateQuoteDto,
  QuoteActionDto,
  QuoteDetailDto,
  QuoteDto,
  QuoteLineInputDto,
  QuoteListQueryDto,
  QuotePageDto,
  UpdateQuoteDto,
} from './quotes.dto.js';

const ENTITY = 'quote';

/** Quotes are edited only before they are submitted or sent; after that a change is a new revision. */
const EDITABLE: ReadonlySet<QuoteStatus> = new Set(['draft', 'rejected']);
const REVISABLE: ReadonlySet<QuoteStatus> = new Set(['pending_approval', 'approved', 'rejected', 'sent', 'declined']);

type PricedLine = Omit<QuoteLine, 'id' | 'quoteId'>;

@Injectable()
export class QuotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly quotes: QuotesRepository,
    private readonly authority: DiscountAuthority,
    private readonly customers: CustomersService,
    private readonly contacts: ContactsService,
    private readonly opportunities: OpportunitiesService,
    private readonly products: ProductsService,
    private readonly users: UsersService,
    private readonly fields: RecordFieldsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: QuoteListQueryDto): Promise<QuotePageDto> {
    const page = await this.quotes.findPage(actor, actor.scope('read', 'quotes'), query);
    return { ...page, items: await this.fields.present(actor, 'quotes', page.items, toQuoteDto) };
  }

  /** The approver's queue: quotes waiting for this user's decision. */
  async awaitingMe(actor: Actor): Promise<QuoteDto[]> {
    return this.fields.present(actor, 'quotes', await this.quotes.awaiting(actor.id), toQuoteDto);
  }

  async get(actor: Actor, id: number): Promise<QuoteDetailDto> {
    const row = await this.readable(actor, id);
    const [[named], lines, approvals, revisions, discountLimit] = await Promise.all([
      this.quotes.withNames([row]),
      this.quotes.lines(id),
      this.quotes.approvals(id),
      this.quotes.revisions(row.quoteNumber),
      row.ownerId === null ? Promise.resolve('0.00') : this.authority.limitOf(row.ownerId),
    ]);
    const [dto] = await this.fields.present(actor, 'quotes', [named], toQuoteDto);
    return {
      ...dto,
      lines: lines.map(toPricedLineDto),
      approvals: approvals.map((a) => ({
        id: a.id,
        approver: { id: a.approverId, name: a.approverName },
        decision: a.decision,
        comment: a.note,
        requestedAt: a.requestedAt,
        decidedAt: a.decidedAt,
      })),
      revisions: revisions.map((r) => ({ id: r.id, revision: r.revision, status: r.status, total: r.total, createdAt: r.createdAt })),
      discountLimit,
      needsApproval: !this.authority.covers(discountLimit, row.maxDiscountPercent),
    };
  }

  async create(actor: Actor, dto: CreateQuoteDto): Promise<QuoteDetailDto> {
    const { customFields, lines, opportunityId, customerId: givenCustomer, ...fields } = dto;
    const opportunity = opportunityId ? await this.opportunities.get(actor, opportunityId) : null;
    const customerId = opportunity?.customer.id ?? givenCustomer;
    if (!customerId) throw invalid([{ field: 'customerId', reason: 'is required unless the quote is for an opportunity' }]);
    if (opportunity && givenCustomer && givenCustomer !== opportunity.customer.id) {
      throw invalid([{ field: 'customerId', reason: 'is not the customer of the opportunity' }]);
    }
    await this.customers.get(actor, customerId);
    const owner = foundOrFail(await this.users.findOwnerPlacement(actor.id), 'User', actor.id);
    const placement = { ownerId: owner.id, teamPath: owner.teamPath };
    if (!actor.can('create', 'quotes', placement)) throw forbidden('You may not create quotes');
    const wanted = lines ?? opportunity?.lines.map(({ productId, quantity, unitPrice, discountPercent }) => ({ productId, quantity, unitPrice, discountPercent })) ?? [];
    const priced = await this.priceLines(actor, customerId, wanted);
    const problems = [...priced.problems, ...(await this.contactProblems(customerId, fields.contactId))];
    if (problems.length) throw invalid(problems);
    const writes = await this.fields.checkWrite(actor, 'quotes', Quote, fields, customFields, null);
    const id = await this.dataSource.transaction(async (manager) => {
      const values: Partial<Quote> = {
        ...fields,
        // Replaced by the number made from the id, below; unique meanwhile.
        quoteNumber: `TMP-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
        revision: 1,
        customerId,
        opportunityId: opportunity?.id ?? null,
        status: 'draft',
        ...this.totalsOf(priced.lines),
        ...placement,
        createdBy: actor.id,
        version: 1,
      };
      const newId = await this.quotes.insert(manager, values);
      const quoteNumber = `Q${new Date().getUTCFullYear()}-${String(newId).padStart(6, '0')}`;
      await manager.update(Quote, { id: newId }, { quoteNumber });
      await this.quotes.replaceLines(manager, newId, priced.lines);
      await this.fields.saveCustomFields(manager, newId, writes);
      await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, this.fields.snapshot({ ...values, quoteNumber }, customFields ?? {}));
      return newId;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, dto: UpdateQuoteDto): Promise<QuoteDetailDto> {
    const { version, customFields, lines, ...fields } = dto;
    const before = await this.quotes.table.getOne(actor.scope('read', 'quotes'), id);
    if (!actor.can('update', 'quotes', before)) throw forbidden('You may not change this quote');
    if (!EDITABLE.has(before.status)) throw locked(before);
    const priced = lines ? await this.priceLines(actor, before.customerId, lines) : null;
    const problems = [...(priced?.problems ?? []), ...(await this.contactProblems(before.customerId, fields.contactId))];
    if (problems.length) throw invalid(problems);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.fields.current('quotes', before, manager);
      const writes = await this.fields.checkWrite(actor, 'quotes', Quote, fields, customFields, current);
      // A rejected quote that is changed goes back to draft, to be submitted again.
      const changes: Partial<Quote> = { ...fields, ...(priced ? this.totalsOf(priced.lines) : {}), status: 'draft', approverId: null };
      await this.quotes.table.updateVersioned(manager, actor.scope('update', 'quotes'), id, version, changes);
      if (priced) await this.quotes.replaceLines(manager, id, priced.lines);
      await this.fields.saveCustomFields(manager, id, writes);
      const after = await this.fields.current('quotes', await this.quotes.table.getOne(actor.scope('read', 'quotes'), id, manager), manager);
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, this.fields.snapshot(before, current.customFields), this.fields.snapshot(after.row, after.customFields));
    });
    return this.get(actor, id);
  }

  /**
   * Asks for approval of a discount beyond the author's limit: the quote waits for the first
   * manager up the author's team tree whose own limit covers it. Within the limit it is approved
   * at once.
   */
  async submit(actor: Actor, id: number, dto: QuoteActionDto): Promise<QuoteDetailDto> {
    const quote = await this.changeable(actor, id, dto.version);
    if (!EDITABLE.has(quote.status)) throw locked(quote);
    if ((await this.quotes.lines(id)).length === 0) throw invalid([{ field: 'lines', reason: 'a quote needs at least one line' }]);
    const limit = await this.authority.limitOf(quote.ownerId!);
    const approverId = this.authority.covers(limit, quote.maxDiscountPercent)
      ? null
      : await this.authority.approverFor(quote.ownerId!, quote.teamPath, quote.maxDiscountPercent);
    if (!this.authority.covers(limit, quote.maxDiscountPercent) && approverId === null) {
      throw conflict('NO_APPROVER', `Nobody up the team tree may approve a discount of ${quote.maxDiscountPercent}%`);
    }
    await this.transition(actor, quote, approverId ? { status: 'pending_approval', approverId } : { status: 'approved', approverId: null }, async (manager, at) => {
      if (approverId) await this.quotes.requestApproval(manager, id, approverId, at);
    });
    return this.get(actor, id);
  }

  async approve(actor: Actor, id: number, dto: ApprovalDecisionDto): Promise<QuoteDetailDto> {
    return this.decide(actor, id, dto, 'approved');
  }

  async reject(actor: Actor, id: number, dto: ApprovalDecisionDto): Promise<QuoteDetailDto> {
    if (!dto.comment?.trim()) throw invalid([{ field: 'comment', reason: 'is required when rejecting: say what to change' }]);
    return this.decide(actor, id, dto, 'rejected');
  }

  /** Sends the quote to the customer: at once within the author's limit, otherwise once approved. */
  async send(actor: Actor, id: number, dto: QuoteActionDto): Promise<QuoteDetailDto> {
    const quote = await this.changeable(actor, id, dto.version);
    if (quote.status === 'draft') {
      if (!this.authority.covers(await this.authority.limitOf(quote.ownerId!), quote.maxDiscountPercent)) {
        throw conflict('APPROVAL_REQUIRED', `A discount of ${quote.maxDiscountPercent}% must be approved before the quote is sent`);
      }
      if ((await this.quotes.lines(id)).length === 0) throw invalid([{ field: 'lines', reason: 'a quote needs at least one line' }]);
    } else if (quote.status !== 'approved') {
      throw wrongStatus(quote, 'sent', ['draft', 'approved']);
    }
    await this.transition(actor, quote, { status: 'sent', sentAt: new Date() });
    return this.get(actor, id);
  }

  /** The customer's answer to a sent quote. */
  async answer(actor: Actor, id: number, dto: QuoteActionDto, status: 'accepted' | 'declined'): Promise<QuoteDetailDto> {
    const quote = await this.changeable(actor, id, dto.version);
    if (quote.status !== 'sent') throw wrongStatus(quote, status, ['sent']);
    await this.transition(actor, quote, { status, decidedAt: new Date() });
    return this.get(actor, id);
  }

  /** A new revision to change a quote that left draft; the old one stays readable, superseded. */
  async revise(actor: Actor, id: number, dto: QuoteActionDto): Promise<QuoteDetailDto> {
    const quote = await this.changeable(actor, id, dto.version);
    if (!REVISABLE.has(quote.status)) {
      throw conflict('QUOTE_NOT_REVISABLE', quote.status === 'draft' ? 'A draft is edited, not revised' : `A ${quote.status} quote cannot be revised`);
    }
    const lines = await this.quotes.lines(id);
    const revisions = await this.quotes.revisions(quote.quoteNumber);
    const newId = await this.dataSource.transaction(async (manager) => {
      const { customFields } = await this.fields.current('quotes', quote, manager);
      const { id: _id, createdAt: _c, updatedAt: _u, sentAt: _s, decidedAt: _d, supersededById: _n, ...kept } = quote;
      const values: Partial<Quote> = { ...kept, revision: Math.max(...revisions.map((r) => r.revision)) + 1, status: 'draft', approverId: null, createdBy: actor.id, version: 1 };
      const created = await this.quotes.insert(manager, values);
      await this.quotes.replaceLines(manager, created, lines.map(({ id: _l, quoteId: _q, product: _p, ...line }) => line));
      await this.fields.saveCustomFields(manager, created, await this.fields.checkWrite(actor, 'quotes', Quote, {}, customFields, null));
      await this.quotes.table.updateVersioned(manager, actor.scope('update', 'quotes'), id, dto.version, { status: 'superseded', supersededById: created, approverId: null });
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { status: quote.status }, { status: 'superseded', supersededById: created });
      await this.audit.recordChange(manager, actor, ENTITY, 'create', created, null, this.fields.snapshot(values, customFields));
      return created;
    });
    return this.get(actor, newId);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    const before = await this.quotes.table.getOne(actor.scope('read', 'quotes'), id);
    if (!actor.can('delete', 'quotes', before)) throw forbidden('You may not delete this quote');
    if (before.status !== 'draft') throw conflict('QUOTE_LOCKED', 'Only a draft quote can be deleted');
    await this.dataSource.transaction(async (manager) => {
      await this.quotes.table.deleteInScope(manager, actor.scope('delete', 'quotes'), id);
      await this.audit.recordChange(manager, actor, ENTITY, 'delete', id, before, null);
    });
  }

  /** A quote the actor may read: in their scope, or one they were asked to approve. */
  private async readable(actor: Actor, id: number): Promise<Quote> {
    const inScope = await this.quotes.table.findOne(actor.scope('read', 'quotes'), id);
    if (inScope) return inScope;
    if (await this.quotes.wasAskedToApprove(id, actor.id)) return foundOrFail(await this.quotes.findUnscoped(id), 'Quote', id);
    throw notFound('Quote', id);
  }

  private async changeable(actor: Actor, id: number, version: number): Promise<Quote> {
    const quote = await this.quotes.table.getOne(actor.scope('read', 'quotes'), id);
    if (!actor.can('update', 'quotes', quote)) throw forbidden('You may not change this quote');
    if (quote.version !== version) throw staleVersion('Quote', id, quote.version);
    return quote;
  }

  private async decide(actor: Actor, id: number, dto: ApprovalDecisionDto, decision: 'approved' | 'rejected'): Promise<QuoteDetailDto> {
    const quote = await this.readable(actor, id);
    if (quote.status !== 'pending_approval' || quote.approverId !== actor.id) {
      throw conflict('NOT_YOUR_APPROVAL', 'This quote is not waiting for your approval');
    }
    if (quote.version !== dto.version) throw staleVersion('Quote', id, quote.version);
    // The approvals list keeps who decided; approverId names only who must decide next.
    await this.transition(actor, quote, { status: decision, approverId: null }, (manager, at) =>
      this.quotes.recordDecision(manager, id, actor.id, decision, dto.comment?.trim() || null, at),
    );
    return this.get(actor, id);
  }

  /**
   * A status change, versioned and audited. Approvers act on quotes outside their row scope, so
   * the version check here is the one that guards the row; the scope was checked by the caller.
   */
  private async transition(
    actor: Actor,
    quote: Quote,
    changes: Partial<Quote>,
    also?: (manager: EntityManager, at: Date) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const at = new Date();
      const { affected } = await manager.update(Quote, { id: quote.id, version: quote.version }, { ...changes, version: quote.version + 1 });
      if (!affected) throw staleVersion('Quote', quote.id);
      await also?.(manager, at);
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, quote[key as keyof Quote]]));
      await this.audit.recordChange(manager, actor, ENTITY, 'update', quote.id, before, changes);
    });
  }

  private totalsOf(lines: PricedLine[]) {
    const maxDiscount = lines.reduce((max, line) => (amount(line.discountPercent).greaterThan(max) ? line.discountPercent : max), '0');
    return { ...documentTotals(lines), maxDiscountPercent: amount(maxDiscount).toFixed(2) };
  }

  /** Lines with their prices: the customer's effective price and the product's tax unless given. */
  private async priceLines(actor: Actor, customerId: number, lines: QuoteLineInputDto[]) {
    const problems: FieldProblem[] = [];
    const priced: PricedLine[] = [];
    for (const [i, line] of lines.entries()) {
      const field = `lines.${i}`;
      const discountPercent = line.discountPercent ?? '0';
      if (amount(discountPercent).greaterThan(100) || amount(discountPercent).isNegative()) {
        problems.push({ field: `${field}.discountPercent`, reason: 'must be between 0 and 100' });
        continue;
      }
      if (!amount(line.quantity).greaterThan(0)) {
        problems.push({ field: `${field}.quantity`, reason: 'must be more than 0' });
        continue;
      }
      if (line.unitPrice !== undefined && amount(line.unitPrice).isNegative()) {
        problems.push({ field: `${field}.unitPrice`, reason: 'must not be negative' });
        continue;
      }
      const product = await this.products.get(actor, line.productId).catch(() => null);
      if (!product || !product.isActive) {
        problems.push({ field: `${field}.productId`, reason: 'is not an active product' });
        continue;
      }
      const unitPrice = line.unitPrice ?? (await this.products.effectivePrice(actor, product.id, { customerId })).unitPrice;
      const taxRate = line.taxRate ?? product.taxRate;
      priced.push({
        productId: product.id,
        description: line.description === undefined ? product.specification : line.description,
        quantity: line.quantity,
        unitPrice,
        discountPercent,
        taxRate,
        ...taxedLine(line.quantity, unitPrice, discountPercent, taxRate),
        sortOrder: i,
      });
    }
    return { lines: priced, problems };
  }

  private async contactProblems(customerId: number, contactId: number | null | undefined): Promise<FieldProblem[]> {
    if (!contactId) return [];
    const belonging = await this.contacts.belongingTo(customerId, [contactId]);
    return belonging.includes(contactId) ? [] : [{ field: 'contactId', reason: 'is not a contact of the quote’s customer' }];
  }
}

function locked(quote: Quote) {
  return conflict('QUOTE_LOCKED', `A ${quote.status} quote is not edited; revise it to make a new revision`);
}

function wrongStatus(quote: Quote, target: string, from: string[]) {
  return conflict('QUOTE_WRONG_STATUS', `A ${quote.status} quote cannot become ${target}; it must be ${from.join(' or ')}`, { status: quote.status });
}

export function toQuoteDto(row: QuoteRow, customFields: Record<string, unknown>): QuoteDto {
  return {
    id: row.id,
    quoteNumber: row.quoteNumber,
    revision: row.revision,
    title: row.title,
    customer: { id: row.customerId, name: row.customerName ?? '' },
    opportunity: row.opportunityId === null ? null : { id: row.opportunityId, name: row.opportunityName ?? '' },
    contactId: row.contactId,
    status: row.status,
    currency: row.currency,
    validUntil: row.validUntil,
    subtotal: row.subtotal,
    discountTotal: row.discountTotal,
    taxTotal: row.taxTotal,
    total: row.total,
    maxDiscountPercent: row.maxDiscountPercent,
    approver: row.approverId === null ? null : { id: row.approverId, name: row.approverName ?? '' },
    terms: row.terms,
    notes: row.notes,
    sentAt: row.sentAt,
    decidedAt: row.decidedAt,
    supersededById: row.supersededById,
    owner: row.ownerId === null ? null : { id: row.ownerId, name: row.ownerName ?? '' },
    customFields,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
