import { describe, expect, it } from 'vitest';
import {
  analyzeCondition,
  conditionComparisons,
  createCelEngine,
  evaluateCondition,
  explainCondition,
} from './cel';
import { loadExpressionEngine } from './load';
import type { AnalyzedCondition, Scope } from './types';

const evaluate = (text: string, scope: Scope = {}) =>
  evaluateCondition(analyzeCondition(text), scope);
const value = (text: string, scope: Scope = {}) => {
  const r = evaluate(text, scope);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const cel = (text: string) => {
  const a = analyzeCondition(text);
  if (a.kind !== 'cel') throw new Error(a.reason);
  return a;
};

describe('analyzeCondition', () => {
  it('finds bare names, outputs.<node>.<name>, inputs.<name> and node.field chains', () => {
    expect(cel('error_rate_10 < 0.01 && p99_latency_10 < 500').variables).toEqual([
      'error_rate_10',
      'p99_latency_10',
    ]);
    expect(cel('outputs.health.rate.value > 1 || inputs.env == "prod"').variables).toEqual([
      'outputs.health.rate.value',
      'inputs.env',
    ]);
    expect(cel('test.exit_code == 0 && items.size() > 0 && f(y)').variables).toEqual([
      'test.exit_code',
      'items',
      'y',
    ]);
  });

  it('leaves out names bound by comprehensions, keeps what they range over', () => {
    expect(cel('rows.exists(r, r.ok) && rows.all(r, r.n > limit)').variables).toEqual([
      'rows',
      'limit',
    ]);
  });

  it('reports real files’ non-CEL conditions with a reason and a hint', () => {
    for (const [text, hint] of [
      ['error_rate > 0.01 AND latency > 500', /AND/],
      ['tests_passed and coverage > 80', /and/],
      ['每月定期', /prose/],
      ['errors contains "timeout"', /contains/],
      ['error_rate > 2%', /percent/],
      ['', /empty/],
    ] as const) {
      const a = analyzeCondition(text);
      expect(a.kind, text).toBe('not-cel');
      if (a.kind === 'not-cel') {
        expect(a.reason.length).toBeGreaterThan(0);
        expect(a.hint ?? '', text).toMatch(hint);
      }
    }
    const python = analyzeCondition('a and b');
    expect(python.kind === 'not-cel' ? python.reason : '').toMatch(/^1:3: /);
  });

  it('accepts what real files write that is valid CEL', () => {
    for (const text of ['approved == true', 'severity in ["P1","P2"]', 'otherwise', "'true'"]) {
      expect(analyzeCondition(text).kind, text).toBe('cel');
    }
  });
});

describe('evaluateCondition', () => {
  it('compares numbers across int and double', () => {
    expect(value('0.02 < 0.01')).toBe(false);
    expect(value('320.5 < 500')).toBe(true);
    expect(value('320 < 500')).toBe(true);
    expect(value('p99 >= 500', { p99: 500 })).toBe(true);
    expect(value('p99 < 500', { p99: 320 })).toBe(true);
    expect(value('p99 < 500', { p99: 320.5 })).toBe(true);
    expect(value('rate < 0.01', { rate: 0.02 })).toBe(false);
    expect(value('x == 500', { x: 500 })).toBe(true);
    expect(value('x != 1', { x: 1 })).toBe(false);
  });

  it('does arithmetic mixing supplied numbers and int literals', () => {
    expect(value('x * 100 > 1', { x: 0.02 })).toBe(true);
    expect(value('x + 1 == 501', { x: 500 })).toBe(true);
    expect(value('x % 2 == 0', { x: 4 })).toBe(true);
    expect(value('1 + 2')).toBe(3);
    expect(evaluate('x % 2', { x: 2.5 })).toMatchObject({ ok: false, error: { kind: 'error' } });
  });

  it('reads outputs.<node>.<name>, node.field and field access on a value', () => {
    expect(value('outputs.hc.rate < 0.01', { 'outputs.hc.rate': 0.001 })).toBe(true);
    expect(value('test.exit_code == 0', { 'test.exit_code': 0 })).toBe(true);
    expect(value('name.size() > 2', { name: 'abcd' })).toBe(true);
    expect(value('a.b == 1 && a.c == 2', { 'a.b': 1, 'a.c': 2 })).toBe(true);
    expect(value('sev in ["P1","P2"]', { sev: 'P2' })).toBe(true);
    expect(value('ok == true', { ok: true })).toBe(true);
  });

  it('names every missing variable instead of guessing', () => {
    expect(
      evaluate('error_rate_10 < 0.01 && p99_latency_10 < 500', { error_rate_10: 0.5 }),
    ).toEqual({ ok: false, error: { kind: 'missing', names: ['p99_latency_10'] } });
  });

  it('reports non-CEL and run-time errors', () => {
    expect(evaluate('a AND b')).toMatchObject({ ok: false, error: { kind: 'not-cel' } });
    expect(evaluate('x < 1', { x: 'text' })).toMatchObject({ ok: false, error: { kind: 'error' } });
    expect(evaluate('x.y == 1', { x: 1 })).toMatchObject({ ok: false, error: { kind: 'error' } });
  });

  it('is not fooled by names of Object.prototype', () => {
    expect(evaluate('toString == 1')).toMatchObject({ ok: false, error: { kind: 'missing' } });
    expect(value('constructor == 1', { constructor: 1 })).toBe(true);
  });
});

describe('explainCondition', () => {
  const explain = (text: string, scope: Scope) => explainCondition(analyzeCondition(text), scope);
  it('names the deciding comparisons with values, as the true relation', () => {
    const scope = { error_rate_10: 0.02, p99_latency_10: 120 };
    expect(explain('error_rate_10 >= 0.01 || p99_latency_10 >= 500', scope)).toBe(
      'error_rate_10 = 0.02 ≥ 0.01',
    );
    expect(explain('error_rate_10 < 0.01 && p99_latency_10 < 500', scope)).toBe(
      'error_rate_10 = 0.02 ≥ 0.01',
    );
    expect(explain('error_rate_10 < 0.5 && p99_latency_10 < 500', scope)).toBe(
      'error_rate_10 = 0.02 < 0.5 and p99_latency_10 = 120 < 500',
    );
    expect(explain('0.01 > error_rate_10', scope)).toBe('error_rate_10 = 0.02 ≥ 0.01');
    expect(explain('!(approved)', { approved: true })).toBe('approved = true');
    expect(explain('status == "ok"', { status: 'ok' })).toBe('status = "ok"');
    expect(explain('status == "ok"', { status: 'bad' })).toBe('status = "bad" ≠ "ok"');
    expect(explain('sev in ["P1"]', { sev: 'P1' })).toBe('"P1" in ["P1"] is true');
  });
  it('falls back to the substituted text', () => {
    expect(explain('a AND b', { a: true, b: false })).toBe('true AND false');
    expect(explain('a < 1', {})).toBe('a < 1');
  });
});

describe('conditionComparisons', () => {
  const comparisons = (text: string) => conditionComparisons(analyzeCondition(text));
  it('finds simple tests with polarity', () => {
    expect(comparisons('error_rate < 0.01 && !(p99 >= 500) && ok && 3 > n')).toEqual([
      { kind: 'compare', variable: 'error_rate', op: '<', literal: 0.01, positive: true },
      { kind: 'compare', variable: 'p99', op: '>=', literal: 500, positive: false },
      { kind: 'truthy', variable: 'ok', positive: true },
      { kind: 'compare', variable: 'n', op: '<', literal: 3, positive: true },
    ]);
    expect(comparisons('sev in ["P1", "P2"] || name.startsWith("x") || a * 2 > b')).toEqual([
      { kind: 'in', variable: 'sev', literals: ['P1', 'P2'], positive: true },
      { kind: 'text', variable: 'name' },
      { kind: 'numeric', variable: 'b' },
      { kind: 'numeric', variable: 'a' },
    ]);
    expect(comparisons('x AND y')).toEqual([]);
  });
});

describe('engine', () => {
  it('loads lazily, once, and caches analyses by text', async () => {
    const engine = await loadExpressionEngine();
    expect(await loadExpressionEngine()).toBe(engine);
    const a: AnalyzedCondition = engine.analyze('x < 1');
    expect(engine.analyze('x < 1')).toBe(a);
    expect(engine.evaluate(a, { x: 0 })).toEqual({ ok: true, value: true });
  });
  it('refuses a handle from another engine analysis it never saw', () => {
    const forged: AnalyzedCondition = {
      kind: 'cel',
      text: 'x',
      handle: { celHandle: true },
      variables: ['x'],
    };
    expect(createCelEngine().evaluate(forged, { x: true })).toMatchObject({ ok: false });
  });
});
