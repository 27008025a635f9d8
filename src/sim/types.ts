/**
 * Types of the simulation engine: run state, pauses, trace events. Pure declarations.
 */
import type { EvalValue } from '../expr/types';
import type { WorkflowGraph } from '../model/types';

/** A value the user supplies (what `&sim=` links carry). */
export type SimValue = number | boolean | string;

/**
 * Values by key: `<node>.<output>` (wins), a bare output name (applies to every node declaring
 * that output), `inputs.<name>`, or any other name a condition reads (`approved`).
 * `outputs.<node>.<name>` keys are accepted and read as `<node>.<name>`.
 */
export type SimValues = Readonly<Record<string, SimValue>>;

/** Canvas state of a node during a simulation (`data-sim-state`). */
export type NodeState =
  'pending' | 'ready' | 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped';

/** Canvas state of a drawn edge during a simulation (`data-sim-state`). */
export type EdgeState = 'pending' | 'taken' | 'not-taken';

/** How an attempt ended. */
export type AttemptOutcome = 'succeeded' | 'failed' | 'timed-out';

/**
 * A failure the user injects into a node: every attempt fails, every attempt times out, or the
 * first `times` attempts (counted over the whole run, default 1) fail and later ones succeed.
 * Retries follow the node's `retry_policy.max_retries`.
 */
export interface FailureSpec {
  readonly mode: 'fail' | 'timeout' | 'fail-times';
  readonly times?: number;
}

/** Options of {@link createRun}. */
export interface RunOptions {
  readonly values?: SimValues;
  /** Injected failures by node id. */
  readonly failures?: Readonly<Record<string, FailureSpec>>;
  /** Most times one node may run in a run (loops count against it). Default 10. */
  readonly iterationGuard?: number;
  /** Node ids to pause before. */
  readonly breakpoints?: readonly string[];
}

/** Normalised options a run carries. */
export interface RunSettings {
  readonly failures: Readonly<Record<string, FailureSpec>>;
  readonly iterationGuard: number;
  readonly breakpoints: readonly string[];
}

/** Per-node progress. */
export interface NodeRun {
  readonly state: NodeState;
  /** Iterations started (1 after the first run; loops add one each). */
  readonly iteration: number;
  /** Attempts in the current iteration (retries add one each). */
  readonly attempt: number;
  /** Failed or timed-out attempts over the whole run (drives `fail-times`). */
  readonly failures: number;
  /** Outputs of the latest successful attempt (the node has run when this is set). */
  readonly outputs?: Readonly<Record<string, SimValue>>;
  /** Order of the latest success among all nodes (bare names read the latest producer). */
  readonly seq?: number;
}

/** One attempt of one node (one `.osoplog` node record). */
export interface AttemptRecord {
  readonly node: string;
  readonly iteration: number;
  /** Attempt within the iteration, from 1. */
  readonly attempt: number;
  readonly outcome: AttemptOutcome;
  /** Step that made the attempt. */
  readonly step: number;
  /** The supplied outputs (successful attempts). */
  readonly outputs: Readonly<Record<string, SimValue>>;
}

/** A value a paused run asks for. */
export interface MissingValue {
  /** As the condition reads it (`error_rate_10`, `outputs.hc.rate`). */
  readonly variable: string;
  /** The key to supply through {@link provideValues} (`health_check_10.error_rate_10`). */
  readonly key: string;
  /** The node that declares it as an output, if any. */
  readonly node?: string;
  /** Why it is missing, in words. */
  readonly reason: string;
}

/** A condition the user has to decide. */
export interface UndecidedCondition {
  /** Drawn edge id. */
  readonly edge: string;
  readonly text: string;
  /** Why it cannot be evaluated (parser message, CEL error, non-boolean result…). */
  readonly reason: string;
  readonly hint?: string;
}

/** Why a run is paused, and what it needs to go on. */
export type Pause =
  | {
      readonly kind: 'missing-value';
      /** Keys to supply (see {@link MissingValue.key}). */
      readonly names: readonly string[];
      /** The first edge whose condition needs them. */
      readonly edge: string;
      readonly node: string;
      readonly missing: readonly MissingValue[];
    }
  | {
      readonly kind: 'choose-branch';
      readonly node: string;
      /** Drawn edge ids to choose among; {@link chooseBranch} takes those chosen. */
      readonly edges: readonly string[];
      /** The (first) condition text to show. */
      readonly text: string;
      readonly conditions: readonly UndecidedCondition[];
      /** true for a switch: pick exactly one. */
      readonly exclusive: boolean;
    }
  | { readonly kind: 'breakpoint'; readonly node: string };

/** Overall status. `paused` iff `RunState.paused` is set. */
export type RunStatus = 'running' | 'paused' | 'completed' | 'failed';

/** A condition-related warning. */
export interface BranchWarning {
  readonly kind: 'several-true' | 'none-true' | 'guard-reached';
  readonly node: string;
  readonly edges: readonly string[];
  readonly step: number;
  readonly message: string;
}

/** A node's outgoing edges waiting for values or a choice. */
export interface Resolving {
  readonly node: string;
  readonly outcome: AttemptOutcome;
  /** The user's choices so far, by drawn edge id. */
  readonly choices: Readonly<Record<string, boolean>>;
}

/** A recorded run being replayed (see `fromOsoplog`). */
export interface ReplayScript {
  readonly records: readonly ReplayRecord[];
  /** Index of the next record to apply. */
  readonly next: number;
  /** The log's overall status, applied after the last record. */
  readonly finalStatus: 'completed' | 'failed';
}

/** One node record of a replayed `.osoplog`. */
export interface ReplayRecord {
  readonly node: string;
  readonly attempt: number;
  /** Node state the record shows. */
  readonly state: NodeState;
  /** The record's status as written (COMPLETED, FAILED, …). */
  readonly status: string;
  readonly outputs: Readonly<Record<string, SimValue>>;
  /** The record's error or reason text. */
  readonly note?: string;
  readonly known: boolean;
}

/**
 * The whole state of a simulated run. Immutable: every operation returns a new state whose
 * `previous` is the state it came from, so {@link stepBack} restores it exactly.
 */
export interface RunState {
  readonly graph: WorkflowGraph;
  readonly settings: RunSettings;
  /** Current values (initial values plus everything supplied since). */
  readonly values: SimValues;
  /** Values supplied while paused: always in scope under their key. */
  readonly provided: SimValues;
  readonly status: RunStatus;
  readonly paused?: Pause;
  readonly nodes: Readonly<Record<string, NodeRun>>;
  /** By drawn edge id (`drawnEdges(graph)`: switch branches have their own). */
  readonly edges: Readonly<Record<string, EdgeState>>;
  /** Ready (or retrying) nodes, the next to run first. */
  readonly queue: readonly string[];
  readonly resolving?: Resolving;
  readonly records: readonly AttemptRecord[];
  readonly warnings: readonly BranchWarning[];
  /** Steps taken so far (0 for a new run). */
  readonly stepCount: number;
  /** Successes so far (orders node outputs for last-writer-wins). */
  readonly seq: number;
  /** Events of the step that made this state; see `traceOf` for all. */
  readonly events: readonly TraceEvent[];
  readonly replay?: ReplayScript;
  readonly previous?: RunState;
}

/** What one call of `step` (or `provideValues`, `chooseBranch`) did. */
export interface StepResult {
  readonly run: RunState;
  readonly events: readonly TraceEvent[];
}

interface EventBase {
  /** The step that produced the event (0: creation). */
  readonly step: number;
  /** The event in words. */
  readonly message: string;
}

/** Everything a run does, as data. `type` is dotted: subject, then what happened. */
export type TraceEvent = EventBase &
  (
    | { readonly type: 'run.started'; readonly nodes: readonly string[] }
    | { readonly type: 'run.paused'; readonly pause: Pause }
    | { readonly type: 'run.completed' }
    | { readonly type: 'run.failed'; readonly node: string }
    | { readonly type: 'node.ready'; readonly node: string; readonly iteration: number }
    | {
        readonly type: 'node.waiting';
        readonly node: string;
        readonly taken: number;
        readonly needed: number;
      }
    | {
        readonly type: 'node.started';
        readonly node: string;
        readonly iteration: number;
        readonly attempt: number;
      }
    | {
        readonly type: 'node.retrying';
        readonly node: string;
        readonly attempt: number;
        readonly maxAttempts: number;
        readonly outcome: AttemptOutcome;
      }
    | {
        readonly type: 'node.succeeded';
        readonly node: string;
        readonly attempt: number;
        readonly outputs: Readonly<Record<string, SimValue>>;
      }
    | {
        readonly type: 'node.failed';
        readonly node: string;
        readonly attempt: number;
        readonly outcome: AttemptOutcome;
      }
    | {
        readonly type: 'node.skipped';
        readonly node: string;
        readonly reason: 'dead-path' | 'not-reached' | 'guard' | 'recorded';
      }
    | {
        readonly type: 'condition.evaluated';
        readonly edge: string;
        readonly from: string;
        readonly to: string;
        readonly text: string;
        /** The condition with values substituted (`0.02 < 0.01`). */
        readonly substituted: string;
        readonly result: boolean;
        /** The deciding parts in words (`error_rate_10 = 0.02 ≥ 0.01`). */
        readonly explanation: string;
      }
    | {
        readonly type: 'condition.missing';
        readonly edge: string;
        readonly names: readonly string[];
      }
    | {
        readonly type: 'condition.undecided';
        readonly edge: string;
        readonly text: string;
        readonly reason: string;
      }
    | {
        readonly type: 'condition.chosen';
        readonly edge: string;
        readonly text: string;
        readonly taken: boolean;
      }
    | {
        readonly type: 'switch.evaluated';
        readonly edge: string;
        readonly from: string;
        readonly text: string;
        readonly substituted: string;
        readonly value: EvalValue;
        /** The branch taken (a case's target or `default_to`); absent when none matches. */
        readonly to?: string;
      }
    | {
        readonly type: 'edge.taken';
        readonly edge: string;
        readonly from: string;
        readonly to: string;
        readonly mode: string;
        readonly back: boolean;
      }
    | {
        readonly type: 'edge.not-taken';
        readonly edge: string;
        readonly from: string;
        readonly to: string;
        readonly mode: string;
      }
    | {
        readonly type: 'branch.warning';
        readonly node: string;
        readonly kind: 'several-true' | 'none-true';
        readonly edges: readonly string[];
      }
    | {
        readonly type: 'loop.iteration';
        readonly edge: string;
        readonly node: string;
        readonly iteration: number;
        readonly guard: number;
      }
    | {
        readonly type: 'loop.guard-reached';
        readonly edge: string;
        readonly node: string;
        readonly guard: number;
      }
    | { readonly type: 'values.provided'; readonly names: readonly string[] }
  );

/** The `type` strings of {@link TraceEvent}. */
export type TraceEventType = TraceEvent['type'];
