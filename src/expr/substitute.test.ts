import { describe, expect, it } from 'vitest';
import { substitute } from './substitute';

describe('substitute', () => {
  it('puts values in place of names, keeping everything else as written', () => {
    expect(substitute('error_rate_10 < 0.01', { error_rate_10: 0.02 })).toBe('0.02 < 0.01');
    expect(
      substitute('error_rate_10 >= 0.01 || p99_latency_10 >= 500', {
        error_rate_10: 0.02,
        p99_latency_10: 500,
      }),
    ).toBe('0.02 >= 0.01 || 500 >= 500');
    expect(substitute('outputs.a.b == "x.y"', { 'outputs.a.b': 'v' })).toBe('"v" == "x.y"');
    expect(substitute('name.size() > 0', { name: 'ab' })).toBe('"ab".size() > 0');
    expect(substitute('items.length > 0', { items: 3 })).toBe('3.length > 0');
    expect(substitute('size(x) > 1e3', { size: 1, x: 2, e3: 5 })).toBe('size(2) > 1e3');
  });
  it('works on prose and leaves unknown names and string contents alone', () => {
    expect(substitute('ready AND  done', { ready: true })).toBe('true AND  done');
    expect(substitute('每月定期', { x: 1 })).toBe('每月定期');
    expect(substitute("msg == 'ready'", { ready: true, msg: 'x' })).toBe(`"x" == 'ready'`);
    expect(substitute('"unterminated ready', { ready: true })).toBe('"unterminated ready');
  });
});
