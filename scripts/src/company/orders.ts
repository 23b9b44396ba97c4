import { type Catalogue, quantityFor } from './catalogue.js';
import { Chronology, type CustomerFacts } from './chronology.js';
import { cents, decimal, documentCents, type PricedLine, priceLine, QUANTITY_SCALE } from './pricing.js';
import { type Random, Skewed, streamFor } from './random.js';
import { DATA_EPOCH, HISTORY_MS, type TableData, type Value } from './rows.js';
import { CITIES } from './vocabulary.js';

export const DAY_MS = 86_400_000;

/** Year, month and day (UTC) of an instant, by integer arithmetic: Date objects cost too much per row here. */
export function civilDay(ms: number): [year: number, month: number, day: number] {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The UTC day of an instant as a DATE column takes it: 2026-03-31. */
export function isoDay(ms: number): string {
  const [year, month, day] = civilDay(ms);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** What the module tables share: the customers' facts, the catalogue and the records' timelines. */
export interface ModuleContext {
  seed: number;
  customers: CustomerFacts;
  catalogue: Catalogue;
  orders: Chronology;
  activities: Chronology;
  /** Our side of every contract: the company, as the root team names it. */
  companyName: string;
  /** Who records payments. */
  financeUserIds: number[];
}

/** Larger customers order and are visited more: weights by level C, B, A, averaging 1 over the levels' shares. */
const LEVEL_WEIGHTS = [0.6, 1.2, 2.5].map((w) => w / (0.55 * 0.6 + 0.33 * 1.2 + 0.12 * 2.5));

/**
 * How many records a customer has, `perCustomer` on average over all customers: more for larger
 * and older ones (they have had longer to order), drawn from a geometric distribution so a few
 * customers have many and some none.
 */
export function recordCount(customers: CustomerFacts, customerId: number, perCustomer: number, random: Random): number {
  const age = Math.min(1, Math.max(0, (DATA_EPOCH - customers.createdMs[customerId]) / HISTORY_MS));
  const mean = perCustomer * LEVEL_WEIGHTS[customers.level[customerId]] * (0.4 + 1.2 * age);
  return Math.floor(Math.log(1 - random.next()) / Math.log(mean / (1 + mean)));
}

/** Times between the customer's creation and the end of the data, in the order drawn. */
export function timesAfterCreation(customers: CustomerFacts, customerId: number, n: number, random: Random): number[] {
  // A customer created in the data's last hour still gets its records inside the data's time.
  const from = Math.min(customers.createdMs[customerId] + 3_600_000, DATA_EPOCH - 120_000);
  const span = DATA_EPOCH - 60_000 - from;
  return Array.from({ length: n }, () => from + Math.floor(random.next() * span));
}

export const ORDERS_PER_CUSTOMER = 5;

export function orderChronology(customers: CustomerFacts, seed: number): Chronology {
  return Chronology.of(customers.count, (customerId) => {
    const random = streamFor(seed, customerId, 10);
    return timesAfterCreation(customers, customerId, recordCount(customers, customerId, ORDERS_PER_CUSTOMER, random), random);
  });
}

type OrderStatus = 'draft' | 'confirmed' | 'in_delivery' | 'delivered' | 'completed' | 'cancelled';
const FLOW: OrderStatus[] = ['draft', 'confirmed', 'in_delivery', 'delivered', 'completed'];

/**
 * Where orders of each age (days before the end of the data) stand: the last few days' are drafts
 * and confirmations, the last weeks' in delivery, almost every older one completed; some of every
 * age were cancelled.
 */
const OUTCOMES_BY_AGE: Array<[maxAgeDays: number, outcomes: Array<[OrderStatus, number]>]> = [
  [3, [['draft', 0.45], ['confirmed', 0.35], ['in_delivery', 0.12], ['cancelled', 0.08]]],
  [14, [['draft', 0.05], ['confirmed', 0.2], ['in_delivery', 0.5], ['delivered', 0.15], ['cancelled', 0.1]]],
  [45, [['confirmed', 0.05], ['in_delivery', 0.2], ['delivered', 0.35], ['completed', 0.32], ['cancelled', 0.08]]],
  [120, [['in_delivery', 0.02], ['delivered', 0.08], ['completed', 0.82], ['cancelled', 0.08]]],
  [Infinity, [['delivered', 0.01], ['completed', 0.91], ['cancelled', 0.08]]],
];

/** Days each step takes after the one before it, at least and at most. */
const STEP_DAYS: Record<OrderStatus, [number, number]> = {
  draft: [0, 0],
  confirmed: [0.05, 3],
  in_delivery: [1, 10],
  delivered: [2, 20],
  completed: [3, 30],
  cancelled: [0.5, 10],
};

/** Share of confirmed orders that come with a contract and its payment plan. */
const CONTRACT_SHARE = 0.11;

export interface OrderStep {
  status: OrderStatus;
  ms: number;
}

export interface Order {
  id: number;
  number: string;
  customerId: number;
  ownerId: number;
  teamPath: string;
  createdMs: number;
  steps: OrderStep[];
  status: OrderStatus;
  promisedOn: string | null;
  deliveredOn: string | null;
  deliveryAddress: string | null;
  notes: string | null;
  hasContract: boolean;
}

function pickShare<T>(random: Random, shares: Array<[T, number]>): T {
  let roll = random.next();
  return (shares.find(([, share]) => (roll -= share) < 0) ?? shares[shares.length - 1])[0];
}

/** The statuses an order went through, ending in `outcome`; a cancellation comes after any open step. */
function pathTo(outcome: OrderStatus, random: Random): OrderStatus[] {
  if (outcome !== 'cancelled') return FLOW.slice(0, FLOW.indexOf(outcome) + 1);
  return [...FLOW.slice(0, random.int(1, 3)), 'cancelled'];
}

/** Everything about order `id` but its lines. */
export function orderAt(context: ModuleContext, id: number): Order {
  const { customers, orders } = context;
  const customerId = orders.customerOf(id);
  const createdMs = orders.msOf(id);
  const random = streamFor(context.seed, id, 11);
  const ageDays = (DATA_EPOCH - createdMs) / DAY_MS;
  const outcome = pickShare(random, OUTCOMES_BY_AGE.find(([maxAge]) => ageDays < maxAge)![1]);
  const path = pathTo(outcome, random);
  const gaps = path.map((status) => {
    const [low, high] = STEP_DAYS[status];
    return (low + random.next() * (high - low)) * DAY_MS;
  });
  // Steps that would run past the end of the data are squeezed into the time there is.
  const needed = gaps.reduce((a, b) => a + b, 0);
  const room = DATA_EPOCH - 60_000 - createdMs;
  const scale = needed > room ? room / needed : 1;
  let at = createdMs;
  const steps = path.map((status, i) => ({ status, ms: (at = Math.floor((at + gaps[i] * scale) / 1000) * 1000) }));
  const delivered = steps.find((step) => step.status === 'delivered');
  const promisedOn = random.chance(0.85) ? isoDay(createdMs + random.int(7, 45) * DAY_MS) : null;
  const deliveryAddress = random.chance(0.6) ? `${random.pick(CITIES)}市${random.pick(['开发区', '高新区', '工业园'])}${random.int(1, 200)}号 ${random.int(1, 12)}号楼` : null;
  const notes = random.chance(0.05) ? '加急 / urgent' : null;
  const hasContract = outcome !== 'draft' && outcome !== 'cancelled' && random.chance(CONTRACT_SHARE);
  return {
    id,
    number: `SO${civilDay(createdMs)[0]}-${String(id).padStart(6, '0')}`,
    customerId,
    ownerId: customers.ownerId[customerId],
    teamPath: customers.teamPathOf(customerId),
    createdMs,
    steps,
    status: outcome,
    promisedOn,
    deliveredOn: delivered ? isoDay(delivered.ms) : null,
    deliveryAddress,
    notes,
    hasContract,
  };
}

export interface OrderLine {
  productId: number;
  description: string | null;
  priced: PricedLine;
}

const DISCOUNTS = new Skewed([0, 500, 1000, 300, 800, 1500, 200, 1250, 2000], 1.3);

/** One to a dozen lines, three on average; popular products, list or negotiated prices, some discounted. */
export function orderLines(context: ModuleContext, id: number): OrderLine[] {
  const random = streamFor(context.seed, id, 12);
  const n = Math.min(12, 1 + Math.floor(Math.log(1 - random.next()) / Math.log(2 / 3)));
  const lines: OrderLine[] = [];
  for (let k = 0; k < n; k++) {
    const product = context.catalogue.popular.pick(random);
    const unitPriceCents = random.chance(0.75) ? product.listPriceCents : Math.round((product.listPriceCents * random.int(85, 99)) / 100);
    const discount = random.chance(0.35) ? DISCOUNTS.pick(random) : 0;
    const priced = priceLine(quantityFor(product.unit, random), unitPriceCents, discount, product.taxBasis);
    lines.push({ productId: product.id, description: random.chance(0.15) ? '含安装调试 / installation included' : null, priced });
  }
  return lines;
}

export function orderRows(context: ModuleContext): TableData {
  const columns = [
    'id', 'order_number', 'customer_id', 'quote_id', 'opportunity_id', 'status', 'currency', 'subtotal', 'discount_total',
    'tax_total', 'total', 'promised_on', 'delivered_on', 'delivery_address', 'notes', 'status_changed_at', 'owner_id',
    'team_path', 'created_at', 'updated_at', 'created_by', 'version',
  ];
  function* rows(): Iterable<Value[]> {
    for (let id = 1; id <= context.orders.size; id++) {
      const order = orderAt(context, id);
      const totals = documentCents(orderLines(context, id).map((line) => line.priced));
      const changed = new Date(order.steps[order.steps.length - 1].ms);
      yield [
        id, order.number, order.customerId, null, null, order.status, 'CNY',
        cents(totals.subtotal), cents(totals.discountTotal), cents(totals.taxTotal), cents(totals.total),
        order.promisedOn, order.deliveredOn, order.deliveryAddress, order.notes, changed, order.ownerId, order.teamPath,
        new Date(order.createdMs), changed, order.ownerId, order.steps.length,
      ];
    }
  }
  return { table: 'orders', columns, rowCount: context.orders.size, rows };
}

export function orderLineRows(context: ModuleContext): TableData {
  const columns = [
    'id', 'order_id', 'product_id', 'description', 'quantity', 'unit_price', 'discount_percent', 'tax_rate', 'gross_amount',
    'discount_amount', 'tax_amount', 'line_total', 'sort_order',
  ];
  function* rows(): Iterable<Value[]> {
    let lineId = 0;
    for (let id = 1; id <= context.orders.size; id++) {
      for (const [k, { productId, description, priced }] of orderLines(context, id).entries()) {
        yield [
          ++lineId, id, productId, description, decimal(priced.quantity, QUANTITY_SCALE), cents(priced.unitPriceCents),
          cents(priced.discountBasis), cents(priced.taxBasis), cents(priced.grossCents), cents(priced.discountCents),
          cents(priced.taxCents), cents(priced.totalCents), k,
        ];
      }
    }
  }
  return { table: 'order_lines', columns, rowCount: context.orders.size * 3, rows };
}

/** Every step of every order, with who took it: the owner. */
export function orderStatusRows(context: ModuleContext): TableData {
  const columns = ['id', 'order_id', 'from_status', 'to_status', 'note', 'changed_by', 'changed_at'];
  function* rows(): Iterable<Value[]> {
    let changeId = 0;
    for (let id = 1; id <= context.orders.size; id++) {
      const order = orderAt(context, id);
      for (const [k, step] of order.steps.entries()) {
        yield [++changeId, id, k === 0 ? null : order.steps[k - 1].status, step.status, null, order.ownerId, new Date(step.ms)];
      }
    }
  }
  return { table: 'order_status_history', columns, rowCount: Math.round(context.orders.size * 4.7), rows };
}
