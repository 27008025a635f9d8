/**
 * Property test: for random small graphs (every mode, joins, switches, loops, prose conditions),
 * random values, failures and breakpoints, answering pauses at random, the run ends, only ever
 * touches nodes of the graph, and Step back after each step restores the previous state exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCelEngine } from '../expr/cel';
import { graphOf } from './__fixtures__/workflows';
import { chooseBranch, provideValues } from './control';
import { createRun, step, stepBack, traceOf } from './step';
import type { FailureSpec, RunState } from './types';

const engine = createCelEngine();
const MODES = [
  'sequential',
  'conditional',
  'parallel',
  'fallback',
  'error',
  'loop',
  'switch',
  'timeout',
  'spawn',
  'dataflow',
];
const CONDITIONS = [
  'x > 0.5',
  'y == true',
  'x < 0.5 && y',
  '!y',
  'outputs.n0.x >= 0.5',
  'n1.x < 1',
  'z',
  'quality is good AND approved',
  '',
];

const arbGraph = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    outputs: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    retries: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
    edges: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: n - 1 }),
        to: fc.integer({ min: 0, max: n - 1 }),
        alt: fc.integer({ min: 0, max: n - 1 }),
        mode: fc.constantFrom(...MODES),
        condition: fc.constantFrom(...CONDITIONS),
        join: fc.constantFrom('', 'wait_any', 'wait_n'),
      }),
      { maxLength: 10 },
    ),
  }),
);

type Spec = typeof arbGraph extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec) {
  const nodes = Array.from({ length: spec.n }, (_, i) =>
    spec.outputs[i] === true ? `n${i}:x,y` : `n${i}`,
  );
  const edges = spec.edges.map((e) => {
    const parts = [`from: n${e.from}`, `to: n${e.to}`, `mode: ${e.mode}`];
    if (e.condition !== '')
      parts.push(`when: ${JSON.stringify(e.mode === 'switch' ? 'x' : e.condition)}`);
    if (e.mode === 'switch')
      parts.push(`cases: [{ value: "1", to: n${e.alt} }]`, `default_to: n${e.to}`);
    if (e.join === 'wait_any') parts.push('join_mode: wait_any');
    if (e.join === 'wait_n') parts.push('join_mode: wait_n, join_count: 2');
    return `{ ${parts.join(', ')} }`;
  });
  const graph = graphOf(nodes, edges);
  return graph;
}

const arbScenario = fc.record({
  x: fc.option(fc.constantFrom(0, 0.25, 0.5, 1, 500)),
  y: fc.option(fc.boolean()),
  failures: fc.array(
    fc.constantFrom<FailureSpec | null>(
      null,
      { mode: 'fail' },
      { mode: 'timeout' },
      { mode: 'fail-times', times: 1 },
      { mode: 'fail-times', times: 3 },
    ),
    { minLength: 6, maxLength: 6 },
  ),
  breakpoints: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 2 }),
  guard: fc.integer({ min: 1, max: 4 }),
  answers: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
});

describe('property: runs end, stay in the graph, and step back exactly', () => {
  it('holds for random graphs, values and answers', () => {
    fc.assert(
      fc.property(arbGraph, arbScenario, (spec, sc) => {
        const graph = build(spec);
        const ids = new Set(graph.nodes.map((n) => n.id));
        const failures: Record<string, FailureSpec> = {};
        sc.failures.forEach((f, i) => {
          if (f !== null && i < spec.n) failures[`n${i}`] = f;
        });
        const values: Record<string, number | boolean> = {};
        if (sc.x !== null) values['x'] = sc.x;
        if (sc.y !== null) values['y'] = sc.y;
        let run: RunState = createRun(graph, {
          values,
          failures,
          iterationGuard: sc.guard,
          breakpoints: sc.breakpoints.map((b) => `n${b}`),
        });
        let answer = 0;
        const flip = () => sc.answers[answer++ % sc.answers.length] === true;
        let ended = false;
        for (let i = 0; i < 2_000; i++) {
          if (run.status === 'completed' || run.status === 'failed') {
            ended = true;
            break;
          }
          const before = run;
          const snapshot = structuredClone(before);
          const pause = run.paused;
          let next: RunState;
          if (pause?.kind === 'missing-value') {
            const supply = Object.fromEntries(pause.names.map((k) => [k, flip() ? 1 : true]));
            next = provideValues(run, supply, engine).run;
          } else if (pause?.kind === 'choose-branch') {
            next = chooseBranch(
              run,
              pause.edges.filter(() => flip()),
              engine,
            ).run;
          } else {
            next = step(run, engine).run;
          }
          expect(next).not.toBe(before);
          expect(stepBack(next)).toBe(before);
          expect(stepBack(next)).toEqual(snapshot);
          run = next;
        }
        expect(ended).toBe(true);
        for (const e of traceOf(run)) {
          if ('node' in e && e.type !== 'run.failed') expect(ids.has(e.node)).toBe(true);
        }
        for (const r of run.records) expect(ids.has(r.node)).toBe(true);
        expect(Object.keys(run.nodes).sort()).toEqual([...ids].sort());
        for (const n of Object.values(run.nodes)) expect(n.iteration).toBeLessThanOrEqual(sc.guard);
        if (run.status === 'completed') {
          for (const state of Object.values(run.edges)) expect(state).not.toBe('pending');
          for (const n of Object.values(run.nodes))
            expect(['succeeded', 'failed', 'skipped']).toContain(n.state);
        }
      }),
      { numRuns: Number(process.env['PROP_RUNS'] ?? 300) },
    );
  });
});
