import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePayload } from './codec';
import { MAX_SIM_KEYS, decodeSimValues, encodeSimValues, type SimValue } from './simValues';

function codeOf(payload: string): string {
  const result = decodeSimValues(payload);
  return result.ok ? 'ok' : result.error.code;
}

describe('simulation values', () => {
  it('round-trips the example from the design', () => {
    const values = { 'health_check_10.error_rate_10': 0.02, p99_latency_10: 120 };
    expect(decodeSimValues(encodeSimValues(values))).toEqual({ ok: true, value: values });
  });

  it('round-trips any flat object of finite numbers, booleans and strings', () => {
    const value: fc.Arbitrary<SimValue> = fc.oneof(
      // JSON writes -0 as 0, so -0 comes back as 0: not a round-trip case.
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
      fc.integer(),
      fc.boolean(),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'grapheme', minLength: 1 }), value), (values) => {
        const result = decodeSimValues(encodeSimValues(values));
        expect(result).toEqual({ ok: true, value: values });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out numbers JSON cannot hold', () => {
    const result = decodeSimValues(encodeSimValues({ a: Number.NaN, b: Infinity, c: 1 }));
    expect(result).toEqual({ ok: true, value: { c: 1 } });
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const result = decodeSimValues(encodePayload('{"__proto__": 1, "x": true}'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
      expect(Object.keys(result.value)).toEqual(['__proto__', 'x']);
      expect(Object.getOwnPropertyDescriptor(result.value, '__proto__')?.value).toBe(1);
    }
    const back = decodeSimValues(encodeSimValues(result.ok ? result.value : {}));
    expect(back.ok && Object.keys(back.value)).toEqual(['__proto__', 'x']);
  });

  it('rejects text that is not JSON', () => {
    expect(codeOf(encodePayload('{"a": 1'))).toBe('INVALID_JSON');
    expect(codeOf(encodePayload('a: 1'))).toBe('INVALID_JSON');
  });

  it('rejects JSON that is not a flat object', () => {
    for (const json of ['[1,2]', 'null', '1', '"text"', 'true']) {
      expect(codeOf(encodePayload(json)), json).toBe('INVALID_SIM_VALUES');
    }
    for (const json of [
      '{"a": {"b": 1}}',
      '{"a": [1]}',
      '{"a": null}',
      '{"a": 1e999}',
      '{"": 1}',
    ]) {
      expect(codeOf(encodePayload(json)), json).toBe('INVALID_SIM_VALUES');
    }
    const nested = decodeSimValues(encodePayload('{"ok": 1, "health.rate": {"x": 1}}'));
    expect(!nested.ok && nested.error.message).toBe(
      'The simulation values in the link cannot be used: "health.rate" is a nested object; only numbers, true/false and text are allowed.',
    );
  });

  it(`rejects more than ${MAX_SIM_KEYS} keys`, () => {
    const many = (n: number): string =>
      encodeSimValues(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])));
    expect(codeOf(many(MAX_SIM_KEYS))).toBe('ok');
    expect(codeOf(many(MAX_SIM_KEYS + 1))).toBe('TOO_LARGE');
  });

  it('passes codec errors through', () => {
    expect(codeOf('!!')).toBe('INVALID_BASE64');
    expect(codeOf('')).toBe('EMPTY');
  });
});
