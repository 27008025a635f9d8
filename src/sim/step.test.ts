import { describe, expect, it } from 'vitest';
import { createCelEngine } from '../expr/cel';
import { fixtureGraph, graphOf, referenceGraph } from './__fixtures__/workflows';
import { chooseBranch, provideValues, setBreakpoints } from './control';
import { defaultValues, variablesOf } from './variables';
import { canStep, createRun, runToEnd, step, stepBack, traceOf } from './step';
import type { RunState } from './types';

const engine = createCelEngine();
const states = (run: RunState) =>
  Object.fromEntries(Object.entries(run.nodes).map(([k, n]) => [k, n.state]));
const started = (run: RunState, node: string) =>
  traceOf(run).filter((e) => e.type === 'node.started' && e.node === node).length;

describe('reference workflow', () => {
  const graph = referenceGraph();
  const healthy = defaultValues(variablesOf(graph, engine));

  it('healthy defaults take canary_50 → health_check_50 → full_promote → notify_status', () => {
    const run = runToEnd(createRun(graph, { values: healthy }), engine).run;
    expect(run.status).toBe('completed');
    expect(states(run)).toMatchObject({
      canary_50: 'succeeded',
      health_check_50: 'succeeded',
      full_promote: 'succeeded',
      notify_status: 'succeeded',
      rollback: 'skipped',
    });
    expect(started(run, 'notify_status')).toBe(1);
  });

  it('error_rate_10 = 0.02 rolls back; notify_status runs exactly once', () => {
    const values = { ...healthy, 'health_check_10.error_rate_10': 0.02 };
    const run = runToEnd(createRun(graph, { values }), engine).run;
    expect(states(run)).toMatchObject({
      rollback: 'succeeded',
      notify_status: 'succeeded',
      canary_50: 'skipped',
      health_check_50: 'skipped',
      full_promote: 'skipped',
    });
    expect(started(run, 'notify_status')).toBe(1);
    expect(run.edges['health_check_10->rollback']).toBe('taken');
    expect(run.edges['full_promote->notify_status']).toBe('not-taken');
  });

  it('a bare value applies to the declaring node; a qualified key wins over it', () => {
    const run = runToEnd(
      createRun(graph, {
        values: {
          error_rate_10: 0.5,
          'health_check_10.error_rate_10': 0.001,
          p99_latency_10: 100,
          error_rate_50: 0,
          p99_latency_50: 0,
        },
      }),
      engine,
    ).run;
    expect(run.nodes['canary_50']?.state).toBe('succeeded');
    const viaOutputs = runToEnd(
      createRun(graph, {
        values: { 'outputs.health_check_10.error_rate_10': 0.5, p99_latency_10: 1 },
      }),
      engine,
    ).run;
    expect(viaOutputs.nodes['rollback']?.state).toBe('succeeded');
  });

  it('steps one node at a time and pauses before the edge when a value is missing', () => {
    let run = createRun(graph, { values: { 'health_check_10.error_rate_10': 0.001 } });
    expect(run.queue).toEqual(['validate_manifests']);
    expect(run.nodes['validate_manifests']?.state).toBe('ready');
    for (let i = 0; i < 4; i++) run = step(run, engine).run;
    expect(run.stepCount).toBe(4);
    expect(run.paused).toMatchObject({
      kind: 'missing-value',
      names: ['health_check_10.p99_latency_10'],
      edge: 'health_check_10->canary_50',
      node: 'health_check_10',
    });
    expect(run.status).toBe('paused');
    expect(run.edges['health_check_10->canary_50']).toBe('pending');
    expect(canStep(run)).toBe(false);
    expect(step(run, engine).run).toBe(run);
    const resumed = provideValues(run, { p99_latency_10: 130 }, engine);
    expect(resumed.run.edges['health_check_10->canary_50']).toBe('taken');
    expect(resumed.run.records.find((r) => r.node === 'health_check_10')?.outputs).toEqual({
      error_rate_10: 0.001,
      p99_latency_10: 130,
    });
    expect(stepBack(resumed.run)).toBe(run);
  });

  it('stops at breakpoints, and Run to end goes on past the one it is paused at', () => {
    let run = createRun(graph, { values: healthy, breakpoints: ['canary_10', 'full_promote'] });
    run = runToEnd(run, engine).run;
    expect(run.paused).toEqual({ kind: 'breakpoint', node: 'canary_10' });
    expect(run.nodes['canary_10']?.state).toBe('ready');
    expect(canStep(run)).toBe(true);
    run = runToEnd(run, engine).run;
    expect(run.paused).toEqual({ kind: 'breakpoint', node: 'full_promote' });
    const cleared = setBreakpoints(run, []);
    expect(cleared.paused).toBeUndefined();
    expect(cleared.previous).toBe(run.previous);
    expect(runToEnd(cleared, engine).run.status).toBe('completed');
    expect(setBreakpoints(createRun(graph), ['validate_manifests']).paused).toEqual({
      kind: 'breakpoint',
      node: 'validate_manifests',
    });
  });

  it('honours max_retries: a node failing more often than it may retry fails the run', () => {
    const run = runToEnd(
      createRun(graph, {
        values: healthy,
        failures: { health_check_10: { mode: 'fail-times', times: 4 } },
      }),
      engine,
    ).run;
    expect(run.records.filter((r) => r.node === 'health_check_10').map((r) => r.outcome)).toEqual([
      'failed',
      'failed',
      'failed',
      'failed',
    ]);
    expect(run.status).toBe('failed');
    const ok = runToEnd(
      createRun(graph, {
        values: healthy,
        failures: { health_check_10: { mode: 'fail-times', times: 3 } },
      }),
      engine,
    ).run;
    expect(ok.status).toBe('completed');
    expect(ok.records.filter((r) => r.node === 'health_check_10').map((r) => r.attempt)).toEqual([
      1, 2, 3, 4,
    ]);
  });
});

describe('semantics', () => {
  it('warns when two conditional branches are true, or none is', () => {
    const graph = graphOf(
      ['a:x', 'b', 'c'],
      [
        '{ from: a, to: b, mode: conditional, when: "x > 1" }',
        '{ from: a, to: c, mode: conditional, when: "x > 2" }',
      ],
    );
    const both = runToEnd(createRun(graph, { values: { x: 5 } }), engine).run;
    expect(both.warnings.map((w) => w.kind)).toEqual(['several-true']);
    expect(both.nodes['b']?.state).toBe('succeeded');
    expect(both.nodes['c']?.state).toBe('succeeded');
    const none = runToEnd(createRun(graph, { values: { x: 0 } }), engine).run;
    expect(none.warnings.map((w) => w.kind)).toEqual(['none-true']);
    expect(states(none)).toEqual({ a: 'succeeded', b: 'skipped', c: 'skipped' });
  });

  it('starts at the first node when every node has an incoming edge', () => {
    const graph = graphOf(
      ['a', 'b'],
      ['{ from: a, to: b }', '{ from: b, to: a, mode: conditional, when: "again" }'],
    );
    const run = createRun(graph);
    expect(run.queue).toEqual(['a']);
    const done = runToEnd(run, engine).run;
    expect(done.paused).toMatchObject({ kind: 'missing-value', names: ['again'] });
    const looped = runToEnd(provideValues(done, { again: true }, engine).run, engine).run;
    expect(looped.nodes['a']?.iteration).toBe(10);
    expect(looped.warnings.map((w) => w.kind)).toEqual(['guard-reached']);
  });

  it('treats a for_each loop edge without a condition as a forward edge (one pass)', () => {
    const graph = graphOf(
      ['fetch:rows', 'each', 'done'],
      [
        '{ from: fetch, to: each, mode: loop, for_each: "outputs.fetch.rows", iterator_var: row }',
        '{ from: each, to: done }',
      ],
    );
    const run = runToEnd(createRun(graph), engine).run;
    expect(states(run)).toEqual({ fetch: 'succeeded', each: 'succeeded', done: 'succeeded' });
  });

  it('asks for a choice on a loop edge without a condition, and on a switch it cannot evaluate', () => {
    const loop = graphOf(['a', 'b'], ['{ from: a, to: b }', '{ from: b, to: a, mode: loop }']);
    const paused = runToEnd(createRun(loop), engine).run;
    expect(paused.paused).toMatchObject({ kind: 'choose-branch', node: 'b', edges: ['b->a'] });
    const done = runToEnd(chooseBranch(paused, [], engine).run, engine).run;
    expect(done.status).toBe('completed');
    const sw = graphOf(
      ['c', 'x', 'y'],
      [
        '{ from: c, to: x, mode: switch, when: "the topic", cases: [{ value: a, to: x }, { value: b, to: y }] }',
      ],
    );
    const swPaused = runToEnd(createRun(sw), engine).run;
    expect(swPaused.paused).toMatchObject({
      kind: 'choose-branch',
      exclusive: true,
      edges: ['c->x', 'c->x:case=y'],
      text: 'the topic',
    });
    const chosen = runToEnd(chooseBranch(swPaused, ['c->x:case=y'], engine).run, engine).run;
    expect(states(chosen)).toEqual({ c: 'succeeded', x: 'skipped', y: 'succeeded' });
  });

  it('pauses for a choice when a condition gives no boolean or CEL rejects it', () => {
    const graph = graphOf(['a:x', 'b'], ['{ from: a, to: b, mode: conditional, when: "x + 1" }']);
    const run = runToEnd(createRun(graph, { values: { x: 1 } }), engine).run;
    expect(run.paused).toMatchObject({
      kind: 'choose-branch',
      conditions: [{ reason: 'it gives 2, not true or false' }],
    });
    const bad = runToEnd(createRun(graph, { values: { x: 'text' } }), engine).run;
    expect(bad.paused?.kind).toBe('choose-branch');
  });

  it('reads a bare output before its producer ran only when supplied while paused', () => {
    const graph = graphOf(
      ['a', 'b', 'late:flag'],
      ['{ from: a, to: b, mode: conditional, when: "flag" }', '{ from: b, to: late }'],
    );
    const run = runToEnd(createRun(graph, { values: { flag: true } }), engine).run;
    expect(run.paused).toMatchObject({
      kind: 'missing-value',
      names: ['flag'],
      missing: [{ node: 'late', reason: 'flag is an output of late, which has not run yet' }],
    });
    expect(runToEnd(provideValues(run, { flag: true }, engine).run, engine).run.status).toBe(
      'completed',
    );
  });

  it('never holds a join for a back edge, and re-runs the loop body on each iteration', () => {
    const graph = fixtureGraph('loop-guard.yaml');
    const run = runToEnd(
      createRun(graph, { values: { complete: false }, iterationGuard: 2 }),
      engine,
    ).run;
    expect(run.records.map((r) => `${r.node}#${r.iteration}`)).toEqual([
      'start_job#1',
      'fetch_status#1',
      'check#1',
      'fetch_status#2',
      'check#2',
    ]);
    const done = runToEnd(createRun(graph, { values: { complete: true } }), engine).run;
    expect(done.nodes['report']?.state).toBe('succeeded');
  });

  it('runToEnd respects its step limit', () => {
    const graph = referenceGraph();
    const run = runToEnd(createRun(graph), engine, 2).run;
    expect(run.stepCount).toBe(2);
  });

  it('completes a single node without edges', () => {
    const graph = graphOf(['a'], []);
    const run = createRun(graph);
    expect(runToEnd(run, engine).run.status).toBe('completed');
  });
});

describe('values', () => {
  it('reads outputs.<name>.<field> of no node from the same key without `outputs.`', () => {
    const graph = graphOf(
      ['a', 'b'],
      ['{ from: a, to: b, mode: conditional, when: "outputs.ghost.x > 1" }'],
    );
    const paused = runToEnd(createRun(graph), engine).run;
    expect(paused.paused).toMatchObject({ kind: 'missing-value', names: ['ghost.x'] });
    const done = runToEnd(provideValues(paused, { 'outputs.ghost.x': 2 }, engine).run, engine).run;
    expect(done.nodes['b']?.state).toBe('succeeded');
  });
});
