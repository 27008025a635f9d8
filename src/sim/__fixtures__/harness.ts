/**
 * Test harness: plays a scenario (values, failures, breakpoints and the user's answers to
 * pauses) step by step, and summarises a run for golden traces.
 */
import { readFileSync } from 'node:fs';
import { parseWorkflow } from '../../model';
import type { WorkflowGraph } from '../../model/types';
import type { ExpressionEngine } from '../../expr/types';
import { chooseBranch, provideValues } from '../control';
import { runLog } from '../log';
import { createRun, step, traceOf } from '../step';
import type { FailureSpec, RunState, SimValues, TraceEvent } from '../types';

/** What the user does when the run pauses, in order. */
export type Action =
  | { readonly provide: SimValues }
  | { readonly choose: readonly string[] }
  | { readonly resume: true };

export interface Scenario {
  readonly values?: SimValues;
  readonly failures?: Readonly<Record<string, FailureSpec>>;
  readonly iterationGuard?: number;
  readonly breakpoints?: readonly string[];
  readonly actions?: readonly Action[];
}

/** Reads and parses a workflow file; throws when it cannot be drawn. */
export function loadGraph(path: string): WorkflowGraph {
  const { graph, diagnostics } = parseWorkflow(readFileSync(path, 'utf8'));
  if (graph === null) throw new Error(`${path}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return graph;
}

/**
 * Plays `scenario` one step at a time; `onStep(before, after)` sees every transition. Stops when
 * the run ends, or pauses with no action left.
 */
export function play(
  graph: WorkflowGraph,
  scenario: Scenario,
  engine: ExpressionEngine,
  onStep: (before: RunState, after: RunState) => void = () => undefined,
  limit = 1_000,
): RunState {
  let run = createRun(graph, {
    values: scenario.values ?? {},
    failures: scenario.failures ?? {},
    ...(scenario.iterationGuard === undefined ? {} : { iterationGuard: scenario.iterationGuard }),
    breakpoints: scenario.breakpoints ?? [],
  });
  const actions = [...(scenario.actions ?? [])];
  for (let i = 0; i < limit; i++) {
    if (run.status === 'completed' || run.status === 'failed') break;
    let next: RunState;
    if (run.paused !== undefined && run.paused.kind !== 'breakpoint') {
      const action = actions.shift();
      if (action === undefined) break;
      if ('provide' in action) next = provideValues(run, action.provide, engine).run;
      else if ('choose' in action) next = chooseBranch(run, action.choose, engine).run;
      else next = step(run, engine).run;
    } else {
      if (run.paused?.kind === 'breakpoint') {
        const action = actions.shift();
        if (action === undefined) break;
      }
      next = step(run, engine).run;
    }
    onStep(run, next);
    if (next === run) break;
    run = next;
  }
  return run;
}

function subject(e: TraceEvent): string {
  switch (e.type) {
    case 'run.started':
      return e.nodes.join(',');
    case 'run.paused':
      return e.pause.kind;
    case 'run.completed':
    case 'values.provided':
      return '';
    case 'run.failed':
    case 'node.ready':
    case 'node.waiting':
    case 'node.started':
    case 'node.retrying':
    case 'node.succeeded':
    case 'node.failed':
    case 'node.skipped':
    case 'branch.warning':
      return e.node;
    case 'loop.iteration':
    case 'loop.guard-reached':
    case 'condition.evaluated':
    case 'condition.missing':
    case 'condition.undecided':
    case 'condition.chosen':
    case 'switch.evaluated':
    case 'edge.taken':
    case 'edge.not-taken':
      return e.edge;
  }
}

/** A run's observable result, for golden comparison. */
export function summarize(run: RunState): Record<string, unknown> {
  return {
    status: run.status,
    ...(run.paused === undefined ? {} : { paused: run.paused }),
    log: runLog(run),
    nodes: Object.fromEntries(run.graph.nodes.map((n) => [n.id, run.nodes[n.id]?.state])),
    edges: run.edges,
    records: run.records.map((r) => {
      const outputs = Object.keys(r.outputs).length > 0 ? ` ${JSON.stringify(r.outputs)}` : '';
      return `${r.node} #${r.iteration}.${r.attempt} ${r.outcome}${outputs}`;
    }),
    warnings: run.warnings.map((w) => `${w.kind}: ${w.message}`),
    events: traceOf(run).map((e) => `${e.step} ${e.type} ${subject(e)}`.trimEnd()),
    messages: traceOf(run).map((e) => e.message),
  };
}
