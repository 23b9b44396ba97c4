import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subtreeUpperBound } from '@crm/server/dist/common/access/team-path.js';
import { buildCompany, DEFAULT_SEED } from './company.js';
import { contactRows, customerRows } from './rows.js';
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
