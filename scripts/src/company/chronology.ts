import { type Company } from './company.js';
import { contactCountOf, customerCore, customerLevelOf } from './rows.js';

/**
 * What the module tables need to know about every generated customer, computed once per run and
 * kept in typed arrays (a few bytes per customer) instead of being recomputed per order.
 */
export class CustomerFacts {
  readonly ownerId: Int32Array;
  readonly createdMs: Float64Array;
  /** Ids of the customer's contacts are firstContact + 1 .. firstContact + contactCount. */
  readonly firstContact: Int32Array;
  readonly contactCount: Uint8Array;
  /** 0 for level C, 1 for B, 2 for A. */
  readonly level: Uint8Array;
  private readonly teamPaths: Map<number, string>;

  constructor(
    readonly company: Company,
    readonly seed: number,
    readonly count: number,
  ) {
    this.ownerId = new Int32Array(count + 1);
    this.createdMs = new Float64Array(count + 1);
    this.firstContact = new Int32Array(count + 1);
    this.contactCount = new Uint8Array(count + 1);
    this.level = new Uint8Array(count + 1);
    let contacts = 0;
    for (let id = 1; id <= count; id++) {
      const core = customerCore(company, seed, count, id);
      this.ownerId[id] = core.ownerId;
      this.createdMs[id] = core.created.getTime();
      this.firstContact[id] = contacts;
      this.contactCount[id] = contactCountOf(seed, id);
      contacts += this.contactCount[id];
      this.level[id] = 'CBA'.indexOf(customerLevelOf(seed, id));
    }
    this.teamPaths = new Map(company.owners.items.map((owner) => [owner.userId, owner.teamPath]));
  }

  teamPathOf(customerId: number): string {
    return this.teamPaths.get(this.ownerId[customerId])!;
  }

  /** The customer's name, recomputed: needed for the few rows that print it (contract parties). */
  nameOf(customerId: number): string {
    return customerCore(this.company, this.seed, this.count, customerId).name;
  }
}

/**
 * Records that hang off customers (orders, activities), numbered in the order they happened, as in
 * a database written to for years: ids grow with time, so the newest rows sit together at the end
 * of the table and its indexes, as they do in production.
 */
export class Chronology {
  private constructor(
    private readonly customers: Int32Array,
    private readonly seconds: Float64Array,
  ) {}

  /**
   * `timesOf` gives each customer's record times (milliseconds); they are kept to the second, and
   * records of the same second keep the order in which they were listed.
   */
  static of(customerCount: number, timesOf: (customerId: number) => number[]): Chronology {
    const owners: number[] = [];
    const times: number[] = [];
    for (let customerId = 1; customerId <= customerCount; customerId++) {
      for (const ms of timesOf(customerId)) {
        owners.push(customerId);
        times.push(Math.floor(ms / 1000));
      }
    }
    const n = owners.length;
    let origin = n ? times[0] : 0;
    for (const t of times) if (t < origin) origin = t;
    // One number per record, time first and listing order second, sorted natively: a comparator
    // function over millions of records would take many times longer.
    const shift = 2 ** Math.ceil(Math.log2(n + 1));
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      keys[i] = (times[i] - origin) * shift + i;
      if (keys[i] >= Number.MAX_SAFE_INTEGER) throw new Error('too many records over too long a time to number them');
    }
    keys.sort();
    const customers = new Int32Array(n + 1);
    const seconds = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) {
      const i = keys[k] % shift;
      customers[k + 1] = owners[i];
      seconds[k + 1] = times[i];
    }
    return new Chronology(customers, seconds);
  }

  get size(): number {
    return this.customers.length - 1;
  }

  customerOf(id: number): number {
    return this.customers[id];
  }

  msOf(id: number): number {
    return this.seconds[id] * 1000;
  }
}
