import { describe, expect, it } from 'vitest';
import { createCelEngine } from '../expr/cel';
import { fixtureGraph, graphOf, referenceGraph } from './__fixtures__/workflows';
import { fromOsoplog, toOsoplog } from './osoplog';
import { checkBranches, conditionResults, resetRun } from './queries';
import { createRun, runToEnd, step, stepBack } from './step';

const engine = createCelEngine();

describe('conditionResults', () => {
  it('gives each evaluated edge its substituted condition and result; Step back forgets it', () => {
    const graph = referenceGraph();
    let run = createRun(graph, { values: { error_rate_10: 0.02, p99_latency_10: 120 } });
    for (let i = 0; i < 4; i++) run = step(run, engine).run;
    expect(conditionResults(run)['health_check_10->canary_50']).toMatchObject({
      substituted: '0.02 < 0.01 && 120 < 500',
      result: false,
    });
    expect(conditionResults(run)['health_check_10->rollback']).toMatchObject({
      result: true,
      explanation: 'error_rate_10 = 0.02 ≥ 0.01',
    });
    expect(conditionResults(stepBack(run))).toEqual({});
  });

  it('marks the matched switch branch', () => {
    const run = runToEnd(
      createRun(fixtureGraph('switch.yaml'), { values: { topic: 'refund' } }),
      engine,
    ).run;
    const results = conditionResults(run);
    expect(results['classify->billing']).toMatchObject({
      result: true,
      substituted: 'outputs.classify.topic = "refund"',
    });
    expect(results['classify->billing:case=tech']?.result).toBe(false);
  });
});

describe('checkBranches', () => {
  const graph = graphOf(
    ['a:x', 'b', 'c'],
    [
      '{ from: a, to: b, mode: conditional, when: "x > 1" }',
      '{ from: a, to: c, mode: conditional, when: "x > 2" }',
    ],
  );
  it('warns before running when several branches or none are true', () => {
    expect(checkBranches(graph, { x: 5 }, engine)).toMatchObject([
      { node: 'a', kind: 'several-true', edges: ['a->b', 'a->c'] },
    ]);
    expect(checkBranches(graph, { x: 0 }, engine)).toMatchObject([
      { node: 'a', kind: 'none-true' },
    ]);
    expect(checkBranches(graph, { x: 1.5 }, engine)).toEqual([]);
    expect(checkBranches(graph, {}, engine)).toEqual([]);
  });
  it('finds nothing wrong with the reference workflow’s complementary conditions', () => {
    expect(
      checkBranches(
        referenceGraph(),
        { error_rate_10: 0.01, p99_latency_10: 500, error_rate_50: 0, p99_latency_50: 0 },
        engine,
      ),
    ).toEqual([]);
  });
});

describe('resetRun', () => {
  it('starts over with the same options; a replay goes back to its start', () => {
    const graph = referenceGraph();
    const first = createRun(graph, {
      values: { error_rate_10: 0.02, p99_latency_10: 1 },
      iterationGuard: 3,
    });
    const done = runToEnd(first, engine).run;
    expect(resetRun(done)).toEqual(first);
    const replay = fromOsoplog(toOsoplog(done), graph);
    if (!replay.ok) throw new Error(replay.error);
    const end = runToEnd(replay.value.run, engine).run;
    expect(resetRun(end)).toBe(replay.value.run);
  });
});
