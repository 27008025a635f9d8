/**
 * Types of the simulation slice: the session shown by the Simulate panel and the canvas. Never
 * in undo history; only the scenarios are kept (locally, by the app).
 */
import type {
  BranchCheck,
  ConditionResult,
  FailureSpec,
  OsoplogInfo,
  RunState,
  SimValue,
  VariableGroup,
} from '@/sim';

export type { FailureSpec, SimValue } from '@/sim';

/** A named set of values for one workflow ("what happens at 2%"). */
export interface SimScenario {
  readonly id: string;
  readonly name: string;
  /** `id` of the workflow it was saved for ('' when the workflow has none). */
  readonly workflowId: string;
  readonly values: Readonly<Record<string, SimValue>>;
}

/** How a log line reads at a glance. */
export type LogKind = 'start' | 'step' | 'values' | 'paused' | 'warning' | 'completed' | 'failed';

/** One line of the run log: what one step did, in words. */
export interface LogEntry {
  /** The step (0: the run's creation); clicking the entry shows the run after this step. */
  readonly step: number;
  readonly text: string;
  readonly kind: LogKind;
}

/** Fastest to slowest delay between animated steps, in ms (0: no animation). */
export const SIM_SPEEDS = [0, 150, 400, 900] as const;
export type SimSpeed = (typeof SIM_SPEEDS)[number];
export const DEFAULT_SIM_SPEED: SimSpeed = 400;

/** A running simulation (or a replay of a recorded `.osoplog`). */
export interface SimSession {
  /** `loading` while the expression engine loads (only the first time). */
  readonly phase: 'loading' | 'ready' | 'error';
  readonly error?: string;
  /** Variables the conditions read, grouped by producing node. */
  readonly groups: readonly VariableGroup[];
  /** The defaults of `groups`, by key. */
  readonly defaults: Readonly<Record<string, SimValue>>;
  /** The current values by key (a key left out: not supplied; the run asks for it). */
  readonly values: Readonly<Record<string, SimValue>>;
  readonly failures: Readonly<Record<string, FailureSpec>>;
  readonly guard: number;
  readonly breakpoints: readonly string[];
  /** The latest run state (`null` while loading). */
  readonly head: RunState | null;
  /** The state on display: `head`, or the state after `viewStep` when looking back. */
  readonly shown: RunState | null;
  /** A past step on display (time travel), or null for the latest. */
  readonly viewStep: number | null;
  /** The log of `head`, one entry per step. */
  readonly log: readonly LogEntry[];
  /** The latest evaluation of each conditional edge in `shown`, by drawn edge id. */
  readonly conditions: Readonly<Record<string, ConditionResult>>;
  /** Branch problems for the current values, found before running. */
  readonly checks: readonly BranchCheck[];
  /** Run to end is animating. */
  readonly playing: boolean;
  /** The scenario the values came from (cleared when they are edited). */
  readonly scenarioId: string | null;
  /** Set while replaying an imported `.osoplog`. */
  readonly replay: OsoplogInfo | null;
}

export interface SimSlice {
  /** The simulation, or null outside Simulate. */
  sim: SimSession | null;
  simSpeed: SimSpeed;
  /** Saved scenarios of every workflow (the app keeps them in localStorage). */
  simScenarios: readonly SimScenario[];
  /**
   * Enters Simulate: loads the expression engine (once), lists the variables with defaults and
   * starts a run. `initial` (from a `&sim=` link) overrides defaults: a `<node>.<output>` key
   * wins over a bare output name, which applies to every node declaring that output.
   */
  startSimulation: (initial?: Readonly<Record<string, SimValue>>) => Promise<void>;
  stopSimulation: () => void;
  /** Sets a value (`undefined`: not supplied). Before the first step the run restarts with it;
   * later it applies from the next step on. */
  setSimValue: (key: string, value: SimValue | undefined) => void;
  setSimFailure: (node: string, failure: FailureSpec | null) => void;
  setSimGuard: (guard: number) => void;
  toggleSimBreakpoint: (node: string) => void;
  setSimSpeed: (speed: SimSpeed) => void;
  /** One step (or, when looking back, shows the next step). */
  simStep: () => void;
  /** The state before (or, when looking back, shows the step before). */
  simStepBack: () => void;
  /** Starts the animated run to the end (instant at speed 0); it stops at pauses. */
  simRunToEnd: () => void;
  /** One animated step; stops playing when the run cannot go on. */
  simTick: () => void;
  simPause: () => void;
  simReset: () => void;
  /** Supplies values a paused run asks for (they also become the current values). */
  simProvide: (values: Readonly<Record<string, SimValue>>) => void;
  /** Takes the chosen branches of a paused choice. */
  simChoose: (edgeIds: readonly string[]) => void;
  /** Shows the run after `step` (null: the latest). Later steps are kept. */
  viewSimStep: (step: number | null) => void;
  /** Drops the steps after the one on display and goes on from there. */
  simResumeFromView: () => void;
  /** Saves the current values under a name; returns the scenario id. */
  saveSimScenario: (name: string) => string;
  renameSimScenario: (id: string, name: string) => void;
  deleteSimScenario: (id: string) => void;
  applySimScenario: (id: string) => void;
  /** Replaces every saved scenario (the app loads them from storage at start). */
  setSimScenarios: (scenarios: readonly SimScenario[]) => void;
  /** Replays a recorded `.osoplog.yaml` on the canvas; resolves to an error message or null. */
  loadSimReplay: (text: string) => Promise<string | null>;
  /** Leaves a replay for a fresh simulation with the current values. */
  exitSimReplay: () => void;
  /** The run so far as `.osoplog.yaml` text (null outside Simulate). */
  exportSimRun: () => string | null;
}
