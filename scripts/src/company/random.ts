/** A small seeded PRNG (mulberry32): the same seed gives the same company on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

/**
 * A stream of its own per record and purpose, so each table can be generated independently. Purposes
 * are numbered per table family: 1-5 customers and what hangs off them, 10-19 orders and contracts,
 * 20-29 activities.
 */
export function streamFor(seed: number, record: number, purpose: number): Random {
  let h = (seed ^ Math.imul(record, 0x9e3779b1) ^ Math.imul(purpose, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return new Random((h ^ (h >>> 16)) >>> 0);
}

/**
 * Picks items with Zipf-like weights (rank^-exponent): the first items are common, the last rare,
 * as with real names and real sales territories. Sampling is a binary search over the cumulative
 * weights.
 */
export class Skewed<T> {
  private readonly cumulative: number[];

  constructor(
    readonly items: readonly T[],
    exponent: number,
  ) {
    let sum = 0;
    this.cumulative = items.map((_, rank) => (sum += 1 / Math.pow(rank + 1, exponent)));
    this.cumulative = this.cumulative.map((value) => value / sum);
  }

  /** Share of all draws that item `rank` (0-based) receives. */
  share(rank: number): number {
    return this.cumulative[rank] - (rank === 0 ? 0 : this.cumulative[rank - 1]);
  }

  pick(random: Random): T {
    const roll = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid] < roll) low = mid + 1;
      else high = mid;
    }
    return this.items[low];
  }
}
