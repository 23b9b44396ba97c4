import { civilDay, DAY_MS, isoDay, type ModuleContext, type Order, orderAt, orderLines } from './orders.js';
import { cents, documentCents } from './pricing.js';
import { type Random, Skewed, streamFor } from './random.js';
import { DATA_EPOCH, type TableData, type Value } from './rows.js';

/**
 * Contracts signed for some confirmed orders, each with a payment plan of one to four instalments
 * that add up to the contract amount; instalments due before the end of the data are mostly paid,
 * some in part and some not at all, so receivables show every age, from not yet due to over 90
 * days overdue.
 */
type ContractStatus = 'draft' | 'in_approval' | 'signed' | 'in_force' | 'expired' | 'terminated';

export interface Instalment {
  seq: number;
  dueOn: string;
  amountCents: number;
  paidCents: number;
  /** When it was paid (the whole paid part, in one payment); null while nothing is paid. */
  paidMs: number | null;
}

export interface Contract {
  id: number;
  number: string;
  order: Order;
  amountCents: number;
  createdMs: number;
  startOn: string;
  endOn: string;
  signedOn: string | null;
  status: ContractStatus;
  instalments: Instalment[];
}

const DURATION_MONTHS = [12, 12, 12, 24, 36];
const METHODS = new Skewed(['bank_transfer', 'cheque', 'card', 'cash', 'other'], 2.2);

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoDay(date.getTime());
}

/** The contract of `order`, numbered `id`; call only for orders whose `hasContract` is set. */
export function contractOf(context: ModuleContext, order: Order, id: number): Contract {
  const random = streamFor(context.seed, order.id, 13);
  const confirmed = order.steps[1].ms;
  const createdMs = Math.min(confirmed + random.int(1, 48) * 3_600_000, DATA_EPOCH - 60_000);
  const startOn = isoDay(createdMs + random.int(0, 14) * DAY_MS);
  const endOn = isoDay(Date.parse(`${addMonths(startOn, random.pick(DURATION_MONTHS))}T00:00:00Z`) - DAY_MS);
  const epochDay = isoDay(DATA_EPOCH);
  // A contract of the last ten days may still be on its way to signature.
  const unsigned = DATA_EPOCH - createdMs < 10 * DAY_MS && random.chance(0.5);
  const status: ContractStatus = unsigned
    ? random.pick(['draft', 'in_approval'] as const)
    : startOn > epochDay
      ? 'signed'
      : random.chance(0.03)
        ? 'terminated'
        : endOn < epochDay
          ? 'expired'
          : 'in_force';
  const amountCents = documentCents(orderLines(context, order.id).map((line) => line.priced)).total;
  return {
    id,
    number: `CT${civilDay(createdMs)[0]}-${String(id).padStart(6, '0')}`,
    order,
    amountCents,
    createdMs,
    startOn,
    endOn,
    signedOn: unsigned ? null : isoDay(createdMs),
    status,
    instalments: paymentPlan(random, amountCents, startOn, endOn, unsigned),
  };
}

/**
 * Equal instalments (the last takes the odd cents) spread over the contract's term from its start;
 * what is paid follows the due dates: mostly on time before the end of the data, rarely early after.
 */
function paymentPlan(random: Random, amountCents: number, startOn: string, endOn: string, unsigned: boolean): Instalment[] {
  const k = Math.max(1, Math.min(random.int(1, 4), amountCents));
  const start = Date.parse(`${startOn}T00:00:00Z`);
  const term = Date.parse(`${endOn}T00:00:00Z`) - start;
  const share = Math.floor(amountCents / k);
  const firstDelay = random.int(0, 15) * DAY_MS;
  const plan: Instalment[] = [];
  for (let i = 0; i < k; i++) {
    const dueMs = start + firstDelay + Math.floor((i * term) / k / DAY_MS) * DAY_MS;
    const instalmentCents = i === k - 1 ? amountCents - share * (k - 1) : share;
    let paidCents = 0;
    let paidMs: number | null = null;
    const roll = random.next();
    if (!unsigned && dueMs < DATA_EPOCH) {
      // Most of what fell due long ago was collected in the end; the last half-year's is still being chased.
      const [full, partial] = DATA_EPOCH - dueMs > 180 * DAY_MS ? [0.96, 0.98] : [0.86, 0.92];
      if (roll < partial) paidCents = roll < full ? instalmentCents : Math.max(1, Math.floor((instalmentCents * random.int(20, 80)) / 100));
      paidMs = paidCents ? Math.min(DATA_EPOCH - DAY_MS, Math.max(start, dueMs + random.int(-10, 25) * DAY_MS)) : null;
    } else if (!unsigned && roll < 0.06 && start < DATA_EPOCH - DAY_MS) {
      paidCents = instalmentCents;
      paidMs = start + Math.floor(random.next() * (DATA_EPOCH - DAY_MS - start));
    }
    plan.push({ seq: i + 1, dueOn: isoDay(dueMs), amountCents: instalmentCents, paidCents, paidMs: paidMs === null ? null : paidMs + random.int(9, 17) * 3_600_000 });
  }
  return plan;
}

/** Every contract in id order (the order of their orders), numbered from 1. */
function* contracts(context: ModuleContext): Iterable<Contract> {
  let id = 0;
  for (let orderId = 1; orderId <= context.orders.size; orderId++) {
    const order = orderAt(context, orderId);
    if (order.hasContract) yield contractOf(context, order, ++id);
  }
}

export function contractRows(context: ModuleContext): TableData {
  const columns = [
    'id', 'contract_number', 'title', 'customer_id', 'quote_id', 'order_id', 'party_a', 'party_b', 'amount', 'currency',
    'start_on', 'end_on', 'signed_on', 'terms', 'status', 'renewal_of_id', 'renewed_by_id', 'owner_id', 'team_path',
    'created_at', 'updated_at', 'created_by', 'version',
  ];
  function* rows(): Iterable<Value[]> {
    for (const contract of contracts(context)) {
      const { order } = contract;
      const customerName = context.customers.nameOf(order.customerId);
      const created = new Date(contract.createdMs);
      yield [
        contract.id, contract.number, `销售合同 Sales contract ${order.number}`, order.customerId, null, order.id,
        context.companyName, customerName, cents(contract.amountCents), 'CNY', contract.startOn, contract.endOn,
        contract.signedOn, null, contract.status, null, null, order.ownerId, order.teamPath, created, created,
        order.ownerId, 1,
      ];
    }
  }
  return { table: 'contracts', columns, rowCount: Math.round(context.orders.size * 0.1), rows };
}

/** Instalments carry their contract's owner and team path: receivables are listed in scope. */
export function instalmentRows(context: ModuleContext): TableData {
  const columns = ['id', 'contract_id', 'customer_id', 'seq', 'due_on', 'amount', 'paid_amount', 'owner_id', 'team_path', 'created_at', 'updated_at', 'created_by', 'version'];
  function* rows(): Iterable<Value[]> {
    let instalmentId = 0;
    for (const contract of contracts(context)) {
      const { order } = contract;
      const created = new Date(contract.createdMs);
      for (const instalment of contract.instalments) {
        const updated = instalment.paidMs === null ? created : new Date(instalment.paidMs);
        yield [
          ++instalmentId, contract.id, order.customerId, instalment.seq, instalment.dueOn, cents(instalment.amountCents),
          cents(instalment.paidCents), order.ownerId, order.teamPath, created, updated, order.ownerId, instalment.paidCents ? 2 : 1,
        ];
      }
    }
  }
  return { table: 'payment_instalments', columns, rowCount: Math.round(context.orders.size * 0.25), rows };
}

/**
 * One payment per paid instalment, recorded by finance, with its allocation to that instalment:
 * payments and allocations walk the same instalments and number them alike.
 */
function paymentTable(context: ModuleContext, table: string, columns: string[], pick: (paymentId: number, instalmentId: number, contract: Contract, instalment: Instalment) => Value[]): TableData {
  function* rows(): Iterable<Value[]> {
    let instalmentId = 0;
    let paymentId = 0;
    for (const contract of contracts(context)) {
      for (const instalment of contract.instalments) {
        instalmentId++;
        if (instalment.paidCents) yield pick(++paymentId, instalmentId, contract, instalment);
      }
    }
  }
  return { table, columns, rowCount: Math.round(context.orders.size * 0.18), rows };
}

export function paymentRows(context: ModuleContext): TableData {
  const columns = ['id', 'contract_id', 'customer_id', 'amount', 'paid_on', 'method', 'reference', 'notes', 'owner_id', 'team_path', 'created_at', 'updated_at', 'created_by', 'version'];
  return paymentTable(context, 'payments', columns, (paymentId, _instalmentId, contract, instalment) => {
    const random = streamFor(context.seed, paymentId, 14);
    const method = METHODS.pick(random);
    const paidOn = isoDay(instalment.paidMs!);
    const recorded = new Date(instalment.paidMs!);
    return [
      paymentId, contract.id, contract.order.customerId, cents(instalment.paidCents), paidOn, method,
      method === 'bank_transfer' ? `TRX${paidOn.replace(/-/g, '')}${String(paymentId).padStart(7, '0')}` : null,
      instalment.paidCents < instalment.amountCents ? '部分付款 / partial payment' : null,
      contract.order.ownerId, contract.order.teamPath, recorded, recorded,
      context.financeUserIds[paymentId % context.financeUserIds.length], 1,
    ];
  });
}

export function allocationRows(context: ModuleContext): TableData {
  return paymentTable(context, 'payment_allocations', ['id', 'payment_id', 'instalment_id', 'amount'], (paymentId, instalmentId, _contract, instalment) => [
    paymentId, paymentId, instalmentId, cents(instalment.paidCents),
  ]);
}
