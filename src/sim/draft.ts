/**
 * A mutable working copy of a run state for one step. Every operation copies the state into a
 * draft, changes the draft, and freezes it into a new state whose `previous` is the old one, so
 * the old state is never touched. Internal.
 */
import { graphInfo, type GraphInfo } from './graphInfo';
import type {
  AttemptRecord,
  BranchWarning,
  EdgeState,
  NodeRun,
  Pause,
  ReplayScript,
  Resolving,
  RunSettings,
  RunState,
  RunStatus,
  SimValue,
  TraceEvent,
} from './types';
import type { WorkflowGraph } from '../model/types';

/** Distributes over the event union, so each variant keeps its own fields. */
type WithoutStep<T> = T extends unknown ? Omit<T, 'step'> : never;

/** An event before it is stamped with its step. */
export type EventInput = WithoutStep<TraceEvent>;

/** The working copy: the fields of a {@link RunState}, mutable, plus the step's events. */
export interface Draft {
  readonly graph: WorkflowGraph;
  readonly info: GraphInfo;
  settings: RunSettings;
  values: Record<string, SimValue>;
  provided: Record<string, SimValue>;
  status: RunStatus;
  paused: Pause | undefined;
  nodes: Record<string, NodeRun>;
  edges: Record<string, EdgeState>;
  queue: string[];
  resolving: Resolving | undefined;
  records: AttemptRecord[];
  warnings: BranchWarning[];
  readonly step: number;
  seq: number;
  readonly events: TraceEvent[];
  replay: ReplayScript | undefined;
}

/** A copy of `run` to change; `step` is the step number its events get. */
export function draftOf(run: RunState, step: number): Draft {
  return {
    graph: run.graph,
    info: graphInfo(run.graph),
    settings: run.settings,
    values: { ...run.values },
    provided: { ...run.provided },
    status: run.status,
    paused: run.paused,
    nodes: { ...run.nodes },
    edges: { ...run.edges },
    queue: [...run.queue],
    resolving: run.resolving,
    records: [...run.records],
    warnings: [...run.warnings],
    step,
    seq: run.seq,
    events: [],
    replay: run.replay,
  };
}

/** Records an event in the draft. */
export function emit(d: Draft, event: EventInput): void {
  d.events.push({ ...event, step: d.step });
}

/** Updates one node's progress. */
export function setNode(d: Draft, id: string, patch: Partial<NodeRun>): NodeRun {
  const current = d.nodes[id] ?? { state: 'pending', iteration: 0, attempt: 0, failures: 0 };
  const next: NodeRun = { ...current, ...patch };
  d.nodes[id] = next;
  return next;
}

/** A node's progress (a fresh pending record for ids the run does not know). */
export function nodeOf(d: Draft, id: string): NodeRun {
  return d.nodes[id] ?? { state: 'pending', iteration: 0, attempt: 0, failures: 0 };
}

/** Adds `id` to the ready queue unless it is there. */
export function enqueue(d: Draft, id: string): void {
  if (!d.queue.includes(id)) d.queue.push(id);
}

/** Removes `id` from the ready queue. */
export function dequeue(d: Draft, id: string): void {
  d.queue = d.queue.filter((q) => q !== id);
}

/** Sets (or clears) the pause and the status that goes with it. */
export function setPause(d: Draft, pause: Pause | undefined): void {
  d.paused = pause;
  if (pause !== undefined) d.status = 'paused';
  else if (d.status === 'paused') d.status = 'running';
}

/** Freezes the draft into the next state after `previous`. */
export function freeze(d: Draft, previous: RunState, stepCount: number = d.step): RunState {
  return {
    graph: d.graph,
    settings: d.settings,
    values: d.values,
    provided: d.provided,
    status: d.status,
    ...(d.paused === undefined ? {} : { paused: d.paused }),
    nodes: d.nodes,
    edges: d.edges,
    queue: d.queue,
    ...(d.resolving === undefined ? {} : { resolving: d.resolving }),
    records: d.records,
    warnings: d.warnings,
    stepCount,
    seq: d.seq,
    events: d.events,
    ...(d.replay === undefined ? {} : { replay: d.replay }),
    previous,
  };
}
