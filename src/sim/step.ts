/**
 * Creating, stepping, running and stepping back a simulated run.
 *
 * Step granularity: one step = one attempt of one node (the head of the ready queue), followed,
 * when that attempt ends the node (success, or failure with no retries left), by resolving its
 * outgoing edges and everything that follows without another attempt: joins becoming ready,
 * dead paths skipped, loops re-entered, and the end of the run. A retry is its own step. A step
 * that needs a value or a choice pauses with nothing decided; `provideValues` / `chooseBranch`
 * finish it. A breakpoint pauses at the end of the step that made its node next to run, and the
 * next `step` runs it.
 */
import type { ExpressionEngine } from '../expr/types';
import { startNodes } from '../model';
import type { WorkflowGraph } from '../model/types';
import { runAttempt, resolveOutgoing } from './attempt';
import { draftOf, emit, freeze, setPause, type Draft } from './draft';
import { graphInfo } from './graphInfo';
import { complete } from './propagate';
import { replayStep } from './replayStep';
import type {
  EdgeState,
  NodeRun,
  RunOptions,
  RunState,
  SimValues,
  StepResult,
  TraceEvent,
} from './types';

/** Default iteration guard: most times one node runs in a run. */
export const DEFAULT_ITERATION_GUARD = 10;

/** Default step limit of {@link runToEnd}. */
export const DEFAULT_STEP_LIMIT = 10_000;

/** Values with `outputs.<node>.<name>` keys read as `<node>.<name>`; a written qualified key wins. */
export function normaliseValues(values: SimValues): Record<string, SimValues[string]> {
  const out: Record<string, SimValues[string]> = {};
  const define = (key: string, value: SimValues[string]): void => {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith('outputs.') && key.split('.').length === 3) continue;
    define(key, value);
  }
  for (const [key, value] of Object.entries(values)) {
    const short = key.slice('outputs.'.length);
    if (key.startsWith('outputs.') && key.split('.').length === 3 && !Object.hasOwn(out, short)) {
      define(short, value);
    }
  }
  return out;
}

/** At the end of a step: finish the run when nothing is left, or pause at a breakpoint. */
export function settle(d: Draft, passed?: string): void {
  if (d.status !== 'running' || d.resolving !== undefined || d.replay !== undefined) return;
  const head = d.queue[0];
  if (head === undefined) {
    complete(d);
    return;
  }
  const state = d.nodes[head]?.state;
  if (head !== passed && state === 'ready' && d.settings.breakpoints.includes(head)) {
    const pause = { kind: 'breakpoint' as const, node: head };
    setPause(d, pause);
    emit(d, { type: 'run.paused', pause, message: `paused at the breakpoint before ${head}` });
  }
}

/**
 * A new run of `graph`: every node pending, the start nodes (no incoming edge from another node;
 * else the first node) ready. Options: values (`<node>.<output>` wins over a bare output name),
 * injected failures, iteration guard (default 10, at least 1), breakpoints. Pure.
 */
export function createRun(graph: WorkflowGraph, options: RunOptions = {}): RunState {
  const info = graphInfo(graph);
  const nodes: Record<string, NodeRun> = {};
  for (const node of graph.nodes)
    nodes[node.id] = { state: 'pending', iteration: 0, attempt: 0, failures: 0 };
  const edges: Record<string, EdgeState> = {};
  for (const arc of info.arcs) edges[arc.id] = 'pending';
  const starts = startNodes(graph).map((n) => n.id);
  for (const id of starts) nodes[id] = { state: 'ready', iteration: 0, attempt: 0, failures: 0 };
  const guard = Math.floor(options.iterationGuard ?? DEFAULT_ITERATION_GUARD);
  const base: RunState = {
    graph,
    settings: {
      failures: { ...(options.failures ?? {}) },
      iterationGuard: Number.isFinite(guard) ? Math.max(1, guard) : DEFAULT_ITERATION_GUARD,
      breakpoints: [...(options.breakpoints ?? [])],
    },
    values: normaliseValues(options.values ?? {}),
    provided: {},
    status: 'running',
    nodes,
    edges,
    queue: starts,
    records: [],
    warnings: [],
    stepCount: 0,
    seq: 0,
    events: [],
  };
  const d = draftOf(base, 0);
  const where = starts.length > 0 ? `at ${starts.join(', ')}` : 'with no nodes';
  emit(d, { type: 'run.started', nodes: starts, message: `run started ${where}` });
  for (const id of starts)
    emit(d, { type: 'node.ready', node: id, iteration: 1, message: `${id} is ready` });
  settle(d);
  const { previous: _unused, ...run } = freeze(d, base, 0);
  return run;
}

/** True when {@link step} can do something (not finished, not waiting for the user). */
export function canStep(run: RunState): boolean {
  if (run.status === 'completed' || run.status === 'failed') return false;
  return run.paused === undefined || run.paused.kind === 'breakpoint';
}

/**
 * One step (see the module comment for what a step is). Returns the same run object and no
 * events when nothing can happen: the run is over, or it waits for values or a choice.
 * Pure: `run` is not changed; the new state's `previous` is `run`.
 */
export function step(run: RunState, engine: ExpressionEngine): StepResult {
  if (!canStep(run)) return { run, events: [] };
  const d = draftOf(run, run.stepCount + 1);
  if (run.replay !== undefined) {
    replayStep(d, engine);
    return { run: freeze(d, run), events: d.events };
  }
  const passed = run.paused?.kind === 'breakpoint' ? run.paused.node : undefined;
  setPause(d, undefined);
  const head = d.queue[0];
  if (d.resolving !== undefined) resolveOutgoing(d, engine);
  else if (head !== undefined) runAttempt(d, head, engine);
  settle(d, passed);
  return { run: freeze(d, run), events: d.events };
}

/**
 * Steps until the run ends, pauses (breakpoint, missing value, choice) or `limit` steps were
 * taken. A run paused at a breakpoint goes on past it. Every intermediate state stays
 * reachable through {@link stepBack}.
 */
export function runToEnd(
  run: RunState,
  engine: ExpressionEngine,
  limit: number = DEFAULT_STEP_LIMIT,
): StepResult {
  let current = run;
  const events: TraceEvent[] = [];
  for (let i = 0; i < limit; i++) {
    const r = step(current, engine);
    if (r.run === current) break;
    current = r.run;
    events.push(...r.events);
    if (current.paused !== undefined) break;
  }
  return { run: current, events };
}

/** The state before the last step (or value, choice…); the run itself when it is the first. */
export function stepBack(run: RunState): RunState {
  return run.previous ?? run;
}

/** Every event of the run so far, oldest first (the events of each state back to creation). */
export function traceOf(run: RunState): TraceEvent[] {
  const chain: RunState[] = [];
  for (let r: RunState | undefined = run; r !== undefined; r = r.previous) chain.push(r);
  return chain.reverse().flatMap((r) => r.events);
}
