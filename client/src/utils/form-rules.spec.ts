import { describe, expect, it } from 'vitest';
import { isAcceptablePassword, KEY_PATTERN } from './form-rules';

describe('form rules', () => {
  it('accepts passwords as the server does', () => {
    expect(isAcceptablePassword('Demo@2026')).toBe(true);
    expect(isAcceptablePassword('abcdefgh1')).toBe(false);
    expect(isAcceptablePassword('Ab1!')).toBe(false);
    expect(isAcceptablePassword('abcdEFGH1')).toBe(true);
  });

  it('takes lower_snake_case keys only', () => {
    expect(['vip_level', 'a1', 'x'].every((key) => KEY_PATTERN.test(key))).toBe(true);
    expect(['Vip', '1a', 'a-b', '', '_a'].some((key) => KEY_PATTERN.test(key))).toBe(false);
  });
});
