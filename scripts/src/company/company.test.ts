import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subtreeUpperBound } from '@crm/server/dist/common/access/team-path.js';
import { amount, documentTotals, type LineAmounts, sum, taxedLine } from '@crm/server/dist/common/money.js';
import { buildCompany, DEFAULT_SEED } from './company.js';
import { moduleContext, moduleTables } from './modules.js';
import { orderLineRows, orderRows } from './orders.js';
import { allocationRows, contractRows, instalmentRows, paymentRows } from './receivables.js';
import { contactRows, customerRows, DATA_EPOCH, type TableData } from './rows.js';
import { copyLine } from '../database/bulk-load.js';

const ROOT = { id: 1, path: '000001' };

describe('synthetic company', () => {
  it('is the same for the same seed', () => {
    const a = buildCompany(DEFAULT_SEED, ROOT);
    const b = buildCompany(DEFAULT_SEED, ROOT);
    assert.deepEqual(a.benchUsers, b.benchUsers);
    assert.deepEqual([...customerRows(a, DEFAULT_SEED, 200).rows()], [...customerRows(b, DEFAULT_SEED, 200).rows()]);
  });

  it('has 20 teams under the root, 200 users, and team paths of six digits per level', () => {
    const company = buildCompany(DEFAULT_SEED, ROOT);
    assert.equal(company.teams.length, 20);
    assert.equal(company.users.length, 200);
    for (const team of company.teams) {
      const parentPath = team.parentId === ROOT.id ? ROOT.path : company.teams.find((t) => t.id === team.parentId)!.path;
      assert.equal(team.path, parentPath + String(team.id).padStart(6, '0'));
    }
  });

  it('gives the top salesperson many customers, inside the bench manager’s subtree', () => {
    const company = buildCompany(DEFAULT_SEED, ROOT);
    const top = company.owners.items[0];
    assert.ok(company.owners.share(0) > 0.08, `top share ${company.owners.share(0)}`);
    assert.ok(company.owners.share(0) > 20 * company.owners.share(company.owners.items.length - 1));
    const manager = company.users.find((u) => u.username === company.benchUsers.manager)!;
    const managed = company.teams.find((t) => t.id === manager.teamId)!;
    assert.ok(top.teamPath >= managed.path && top.teamPath < subtreeUpperBound(managed.path));
  });

  it('writes contacts for existing customers only, one to three each', () => {
    const company = buildCompany(DEFAULT_SEED, ROOT);
    const perCustomer = new Map<number, number>();
    for (const row of contactRows(company, DEFAULT_SEED, 300).rows()) {
      perCustomer.set(row[1] as number, (perCustomer.get(row[1] as number) ?? 0) + 1);
    }
    assert.equal(perCustomer.size, 300);
    assert.ok([...perCustomer.values()].every((n) => n >= 1 && n <= 3));
  });
});

describe('COPY text format', () => {
  it('escapes backslashes, tabs and line breaks and writes NULL as \\N', () => {
    assert.equal(copyLine(['a\\b', 'c\td\ne', null, true, 3, new Date(0)]), 'a\\\\b\tc\\td\\ne\t\\N\tt\t3\t1970-01-01T00:00:00.000Z\n');
  });
});

describe('module rows', () => {
  const company = buildCompany(DEFAULT_SEED, ROOT);
  const context = moduleContext(company, DEFAULT_SEED, 2_000, 'Bench Co');
  const rowsOf = (table: TableData) => [...table.rows()];
  const column = (table: TableData, name: string) => table.columns.indexOf(name);

  it('prices every line as the server does, and totals every order as the sum of its lines', () => {
    const lines = orderLineRows(context);
    const byOrder = new Map<number, LineAmounts[]>();
    const at = (name: string) => column(lines, name);
    for (const row of rowsOf(lines)) {
      const priced = taxedLine(row[at('quantity')] as string, row[at('unit_price')] as string, row[at('discount_percent')] as string, row[at('tax_rate')] as string);
      assert.deepEqual(
        [row[at('gross_amount')], row[at('discount_amount')], row[at('tax_amount')], row[at('line_total')]],
        [priced.grossAmount, priced.discountAmount, priced.taxAmount, priced.lineTotal],
      );
      const orderId = row[at('order_id')] as number;
      byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), priced]);
    }
    const orders = orderRows(context);
    for (const row of rowsOf(orders)) {
      const totals = documentTotals(byOrder.get(row[0] as number) ?? []);
      assert.deepEqual(
        ['subtotal', 'discount_total', 'tax_total', 'total'].map((name) => row[column(orders, name)]),
        [totals.subtotal, totals.discountTotal, totals.taxTotal, totals.total],
      );
    }
    assert.equal(byOrder.size, context.orders.size);
  });

  it('is the same for the same seed, built twice', () => {
    const again = moduleContext(company, DEFAULT_SEED, 2_000, 'Bench Co');
    const first = moduleTables(context);
    const second = moduleTables(again);
    for (const [i, table] of first.entries()) assert.deepEqual(rowsOf(second[i]), rowsOf(table), table.table);
  });

  it('has about 5 orders of 3 lines and 2 activities per customer', () => {
    const perCustomer = (n: number) => n / context.customers.count;
    assert.ok(Math.abs(perCustomer(context.orders.size) - 5) < 0.5, `orders per customer ${perCustomer(context.orders.size)}`);
    assert.ok(Math.abs(perCustomer(context.activities.size) - 2) < 0.2, `activities per customer ${perCustomer(context.activities.size)}`);
    const lines = rowsOf(orderLineRows(context)).length / context.orders.size;
    assert.ok(Math.abs(lines - 3) < 0.2, `lines per order ${lines}`);
  });

  it('numbers orders in time order, unique, as the server formats them, and owned like their customer', () => {
    const orders = orderRows(context);
    const rows = rowsOf(orders);
    const numbers = new Set(rows.map((row) => row[1]));
    assert.equal(numbers.size, rows.length);
    let previous = 0;
    for (const row of rows) {
      const created = row[column(orders, 'created_at')] as Date;
      assert.ok(created.getTime() >= previous && created.getTime() < DATA_EPOCH);
      previous = created.getTime();
      assert.equal(row[1], `SO${created.getUTCFullYear()}-${String(row[0]).padStart(6, '0')}`);
      const customerId = row[column(orders, 'customer_id')] as number;
      assert.equal(row[column(orders, 'owner_id')], context.customers.ownerId[customerId]);
      assert.ok(created.getTime() > context.customers.createdMs[customerId]);
    }
    const statuses = new Set(rows.map((row) => row[column(orders, 'status')]));
    assert.deepEqual([...statuses].sort(), ['cancelled', 'completed', 'confirmed', 'delivered', 'draft', 'in_delivery']);
  });

  it('plans instalments that add up to their contract, some paid, some in part, some overdue, some not yet due', () => {
    const contracts = contractRows(context);
    const amounts = new Map(rowsOf(contracts).map((row) => [row[0] as number, row[column(contracts, 'amount')] as string]));
    const instalments = instalmentRows(context);
    const at = (name: string) => column(instalments, name);
    const planned = new Map<number, string[]>();
    const kinds = new Set<string>();
    const epochDay = new Date(DATA_EPOCH).toISOString().slice(0, 10);
    for (const row of rowsOf(instalments)) {
      const contractId = row[at('contract_id')] as number;
      planned.set(contractId, [...(planned.get(contractId) ?? []), row[at('amount')] as string]);
      const [due, paid] = [amount(row[at('amount')] as string), amount(row[at('paid_amount')] as string)];
      assert.ok(paid.lessThanOrEqualTo(due) && due.greaterThan(0));
      if (paid.equals(due)) kinds.add('paid');
      else if (paid.greaterThan(0)) kinds.add('part-paid');
      else kinds.add((row[at('due_on')] as string) < epochDay ? 'overdue' : 'not yet due');
    }
    assert.equal(planned.size, amounts.size);
    for (const [contractId, parts] of planned) {
      assert.ok(parts.length >= 1 && parts.length <= 4);
      assert.equal(sum(parts), amounts.get(contractId));
    }
    assert.deepEqual([...kinds].sort(), ['not yet due', 'overdue', 'paid', 'part-paid']);
    const share = amounts.size / context.orders.size;
    assert.ok(share > 0.07 && share < 0.13, `contracts per order ${share}`);
  });

  it('allocates each payment to the instalment it paid, for the amount paid', () => {
    const instalments = instalmentRows(context);
    const paidOf = new Map(rowsOf(instalments).map((row) => [row[0] as number, row[column(instalments, 'paid_amount')] as string]));
    const payments = new Map(rowsOf(paymentRows(context)).map((row) => [row[0] as number, row[3] as string]));
    const allocations = rowsOf(allocationRows(context));
    assert.equal(allocations.length, payments.size);
    for (const [, paymentId, instalmentId, allocated] of allocations) {
      assert.equal(allocated, payments.get(paymentId as number));
      assert.equal(allocated, paidOf.get(instalmentId as number));
    }
    assert.equal(allocations.length, [...paidOf.values()].filter((paid) => paid !== '0.00').length);
  });
});
