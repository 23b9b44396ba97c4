import { describe, expect, it } from 'vitest';
import { formatDuration, todayIso } from './format';

describe('format', () => {
  it('spells durations coarsest first', () => {
    const units = { day: 'd', hour: 'h', minute: 'min' };
    expect(formatDuration(3 * 86400 + 4 * 3600 + 59, units)).toBe('3 d 4 h');
    expect(formatDuration(86400, units)).toBe('1 d');
    expect(formatDuration(2 * 3600 + 5 * 60, units)).toBe('2 h 5 min');
    expect(formatDuration(40 * 60 + 30, units)).toBe('40 min');
    expect(formatDuration(-5, units)).toBe('0 min');
  });

  it('gives today as a calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
