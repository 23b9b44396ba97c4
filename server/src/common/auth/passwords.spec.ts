import { describe, expect, it } from '@jest/globals';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('hash with argon2id and verify', async () => {
    const stored = await hashPassword('Demo@2026');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, 'Demo@2026')).toBe(true);
    expect(await verifyPassword(stored, 'demo@2026')).toBe(false);
  });

  it('enforce the policy', () => {
    expect(passwordProblems('Demo@2026', 'sales1')).toEqual([]);
    expect(passwordProblems('short', 'x').map((p) => p.reason)).toContain('must be at least 8 characters');
    expect(passwordProblems('alllowercase', 'x')).toHaveLength(1);
    expect(passwordProblems('Sales1@xyz', 'sales1').map((p) => p.reason)).toEqual(['must not contain the username']);
  });
});
