/**
 * Runs a simulation to its end without a user at hand: values come from the scenario, choices
 * for conditions that cannot be evaluated from `--take from:to`. Stops at the first pause it
 * cannot resolve.
 */
import type { ExpressionEngine } from '@/expr';
import { drawnEdges, type WorkflowGraph } from '@/model';
import {
  chooseBranch,
  createRun,
  runToEnd,
  step,
  type FailureSpec,
  type RunState,
  type SimValue,
} from '@/sim';

/** `--take from:to`: take the edge from `from` to `to` when `from`'s branch is undecided. */
export interface Take {
  readonly from: string;
  readonly to: string;
}

export interface DriveOptions {
  readonly values: Readonly<Record<string, SimValue>>;
  readonly takes: readonly Take[];
  readonly failures: Readonly<Record<string, FailureSpec>>;
  readonly iterationGuard?: number;
}

/** Most pauses resolved in one run (each choice is a step; loops are bounded by the guard). */
const MAX_RESUMES = 10_000;

/** The run as far as it goes: completed, failed, paused, or (step limit) still running. */
export function drive(graph: WorkflowGraph, engine: ExpressionEngine, options: DriveOptions): RunState {
  const targets = new Map(drawnEdges(graph).map((e) => [e.id, e] as const));
  let run = runToEnd(
    createRun(graph, {
      values: options.values,
      failures: options.failures,
      ...(options.iterationGuard === undefined ? {} : { iterationGuard: options.iterationGuard }),
    }),
    engine,
  ).run;
  for (let i = 0; i < MAX_RESUMES; i++) {
    const pause = run.paused;
    if (pause?.kind === 'breakpoint') {
      run = runToEnd(step(run, engine).run, engine).run;
      continue;
    }
    if (pause?.kind !== 'choose-branch') break;
    const takes = options.takes.filter((t) => t.from === pause.node);
    if (takes.length === 0) break;
    const chosen = pause.edges.filter((id) => takes.some((t) => targets.get(id)?.to === t.to));
    const next = chooseBranch(run, pause.exclusive ? chosen.slice(0, 1) : chosen, engine).run;
    if (next === run) break;
    run = runToEnd(next, engine).run;
  }
  return run;
}
