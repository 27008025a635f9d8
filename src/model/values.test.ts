import { describe, expect, it } from 'vitest';
import { durationSeconds, finiteNumber, idText, isRecord, textOf, trimmedText } from './values';

describe('value readers', () => {
  it('reads durations', () => {
    expect(durationSeconds(30)).toBe(30);
    expect(durationSeconds('30')).toBe(30);
    expect(durationSeconds('30s')).toBe(30);
    expect(durationSeconds('10m')).toBe(600);
    expect(durationSeconds('1h')).toBe(3600);
    expect(durationSeconds('1h30m')).toBe(5400);
    expect(durationSeconds('2 hours')).toBe(7200);
    expect(durationSeconds('500ms')).toBe(0.5);
    expect(durationSeconds('1d')).toBe(86400);
    for (const bad of ['soon', '10x', '5constructor', '', 'm', -5, null, true, {}]) {
      expect(durationSeconds(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('stringifies scalars only', () => {
    expect(textOf('a')).toBe('a');
    expect(textOf(1.5)).toBe('1.5');
    expect(textOf(false)).toBe('false');
    expect(textOf(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(textOf(null)).toBeUndefined();
    expect(textOf([1])).toBeUndefined();
    expect(trimmedText('  x ')).toBe('x');
    expect(trimmedText('   ')).toBeUndefined();
    expect(idText(' a ')).toBe(' a ');
    expect(idText(' ')).toBeUndefined();
  });

  it('recognises plain records and numbers', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(new Uint8Array(1))).toBe(false);
    expect(finiteNumber('12.5')).toBe(12.5);
    expect(finiteNumber(Infinity)).toBeUndefined();
    expect(finiteNumber('1e3')).toBeUndefined();
  });
});
