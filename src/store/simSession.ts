/**
 * Pure helpers of the simulation slice: the values a session starts with, the run log, time
 * travel and keeping a run in line with the panel's settings. No React, no storage.
 */
import type { WorkflowGraph } from '@/model/types';
import type { RunState, TraceEvent, VariableGroup } from '@/sim';
import type { Simulator } from './simLoader';
import type { LogEntry, LogKind, SimSession, SimValue } from './simTypes';

type Values = Readonly<Record<string, SimValue>>;

/** Sets an own data property (a key named `__proto__` stays data). */
export function put<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function copy(values: Values): Record<string, SimValue> {
  const out: Record<string, SimValue> = {};
  for (const [k, v] of Object.entries(values)) put(out, k, v);
  return out;
}

/**
 * `defaults` overridden by `given` (a link's or a scenario's values). A key of a listed variable
 * (`<node>.<output>`, `outputs.<node>.<output>` read as such) sets that variable; a bare output
 * name sets every variable of that name the given values do not set by its own key. Other keys
 * are kept as they are (the engine reads them as inputs or unknown names).
 */
export function overlayValues(groups: readonly VariableGroup[], defaults: Values, given: Values): Record<string, SimValue> {
  const out = copy(defaults);
  const variables = groups.flatMap((g) => g.variables);
  const keys = new Set(variables.map((v) => v.key));
  const normal = (key: string): string => {
    const parts = key.split('.');
    return parts[0] === 'outputs' && parts.length >= 3 && keys.has(parts.slice(1).join('.')) ? parts.slice(1).join('.') : key;
  };
  const qualified = new Set(Object.keys(given).map(normal).filter((k) => keys.has(k)));
  for (const [key, value] of Object.entries(given)) {
    const k = normal(key);
    if (keys.has(k)) {
      put(out, k, value);
      continue;
    }
    const named = variables.filter((v) => v.node !== undefined && v.name === key);
    if (named.length === 0) put(out, key, value);
    for (const v of named) if (!qualified.has(v.key)) put(out, v.key, value);
  }
  return out;
}

/**
 * The values after the graph changed: variables still there keep the user's value (or stay
 * unsupplied), new ones get their default, extra keys (from a link) are kept.
 */
export function carryValues(oldDefaults: Values, oldValues: Values, newDefaults: Values): Record<string, SimValue> {
  const out: Record<string, SimValue> = {};
  for (const [key, value] of Object.entries(newDefaults)) {
    if (!Object.hasOwn(oldDefaults, key)) put(out, key, value);
    else if (Object.hasOwn(oldValues, key)) put(out, key, oldValues[key] as SimValue);
  }
  for (const [key, value] of Object.entries(oldValues)) {
    if (!Object.hasOwn(oldDefaults, key) && !Object.hasOwn(out, key)) put(out, key, value);
  }
  return out;
}

function kindOf(step: number, events: readonly TraceEvent[]): LogKind {
  const has = (t: TraceEvent['type']) => events.some((e) => e.type === t);
  if (has('run.failed')) return 'failed';
  if (has('run.completed')) return 'completed';
  if (has('run.paused')) return 'paused';
  if (has('branch.warning') || has('loop.guard-reached')) return 'warning';
  if (step === 0) return 'start';
  if (has('values.provided') && !has('node.succeeded')) return 'values';
  return 'step';
}

/** The run log: one entry per step that did something, oldest first. */
export function buildLog(sim: Simulator, run: RunState): LogEntry[] {
  const byStep = new Map<number, TraceEvent[]>();
  for (const e of sim.api.traceOf(run)) {
    const list = byStep.get(e.step) ?? [];
    byStep.set(e.step, list);
    list.push(e);
  }
  const entries: LogEntry[] = [];
  for (const [step, events] of byStep) {
    const text = sim.api.describeStep(events);
    if (text !== '') entries.push({ step, text, kind: kindOf(step, events) });
  }
  return entries;
}

/** The state right after `step` (the earliest state when there is none that early). */
export function stateAt(head: RunState, step: number): RunState {
  let run = head;
  while (run.stepCount > step && run.previous !== undefined) run = run.previous;
  return run;
}

/** A new run with the session's values and settings. */
export function freshRun(sim: Simulator, graph: WorkflowGraph, s: Pick<SimSession, 'values' | 'failures' | 'guard' | 'breakpoints'>): RunState {
  return sim.api.createRun(graph, { values: s.values, failures: s.failures, iterationGuard: s.guard, breakpoints: s.breakpoints });
}

/** `run` with the session's failures, guard and breakpoints (not a step: replaces the state). */
export function withSettings(sim: Simulator, run: RunState, s: Pick<SimSession, 'failures' | 'guard' | 'breakpoints'>): RunState {
  let next = run;
  const sameFailures = JSON.stringify(run.settings.failures) === JSON.stringify(s.failures);
  if (run.replay === undefined && (!sameFailures || run.settings.iterationGuard !== s.guard)) {
    next = { ...run, settings: { ...run.settings, failures: s.failures, iterationGuard: s.guard } };
  }
  const bps = next.settings.breakpoints;
  if (bps.length !== s.breakpoints.length || bps.some((b, i) => b !== s.breakpoints[i])) {
    next = sim.api.setBreakpoints(next, s.breakpoints);
  }
  return next;
}

/** Values edited since the run started that it does not hold yet. */
export function pendingValues(run: RunState, values: Values): Record<string, SimValue> {
  const out: Record<string, SimValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!Object.hasOwn(run.values, key) || !Object.is(run.values[key], value)) put(out, key, value);
  }
  return out;
}

/**
 * The session with a new head and/or view: recomputes what the panel and canvas show (the state
 * on display, its condition results, the log).
 */
export function withHead(sim: Simulator, s: SimSession, head: RunState, viewStep: number | null = null): SimSession {
  const view = viewStep !== null && viewStep < head.stepCount ? viewStep : null;
  const shown = view === null ? head : stateAt(head, view);
  const log = head === s.head ? s.log : buildLog(sim, head);
  const conditions = shown === s.shown ? s.conditions : sim.api.conditionResults(shown);
  return { ...s, head, shown, viewStep: view, log, conditions };
}

/** A human summary of the state on display, for the status line and screen readers. */
export function describeStatus(run: RunState): string {
  const p = run.paused;
  if (p?.kind === 'breakpoint') return `Paused at the breakpoint before ${p.node}`;
  if (p?.kind === 'missing-value') return `Paused: ${p.node} needs a value for ${p.missing.map((m) => m.variable).join(', ')}`;
  if (p?.kind === 'choose-branch') return `Paused: choose the branch out of ${p.node}`;
  const done = Object.values(run.nodes);
  const count = (state: string) => done.filter((n) => n.state === state).length;
  if (run.status === 'completed') return `Run completed: ${count('succeeded')} succeeded, ${count('skipped')} skipped`;
  if (run.status === 'failed') {
    const failed = Object.entries(run.nodes).find(([, n]) => n.state === 'failed')?.[0];
    return `Run failed${failed !== undefined ? ` at ${failed}` : ''}`;
  }
  if (run.stepCount === 0) return run.replay ? 'Replay ready: press Step or Run to end' : 'Ready: press Step or Run to end';
  const next = run.replay ? run.replay.records[run.replay.next]?.node : run.queue[0];
  return `Step ${run.stepCount}${next !== undefined ? ` · next: ${next}` : ''}`;
}

/**
 * What a simulation depends on in a graph: its nodes and edges as written. Moving a node (which
 * only writes `x-layout`) or editing text elsewhere keeps the key, so the run is kept.
 */
export function simKeyOf(graph: WorkflowGraph): string {
  return JSON.stringify([graph.meta.id ?? '', graph.nodes.map((n) => n.raw), graph.edges.map((e) => e.raw)]);
}
