/**
 * The simulation engine: a pure, deterministic step function over the workflow model. No timers,
 * no randomness, no React. Conditions are evaluated by the expression engine passed in (get it
 * with `loadExpressionEngine()` from `@/expr`, which loads CEL on first use).
 *
 * @example
 * const engine = await loadExpressionEngine();
 * let run = createRun(graph, { values: { 'health_check_10.error_rate_10': 0.02 } });
 * run = step(run, engine).run;        // one node
 * run = runToEnd(run, engine).run;    // until the end or a pause
 * if (run.paused?.kind === 'missing-value') run = provideValues(run, { p99_latency_10: 120 }, engine).run;
 * run = stepBack(run);                // exactly the state before
 * runLog(run);                        // one line per step
 */
export type {
  AttemptOutcome,
  AttemptRecord,
  BranchWarning,
  EdgeState,
  FailureSpec,
  MissingValue,
  NodeRun,
  NodeState,
  Pause,
  ReplayRecord,
  ReplayScript,
  Resolving,
  RunOptions,
  RunSettings,
  RunState,
  RunStatus,
  SimValue,
  SimValues,
  StepResult,
  TraceEvent,
  TraceEventType,
  UndecidedCondition,
} from './types';
export {
  DEFAULT_ITERATION_GUARD,
  DEFAULT_STEP_LIMIT,
  canStep,
  createRun,
  runToEnd,
  step,
  stepBack,
  traceOf,
} from './step';
export { chooseBranch, provideValues, setBreakpoints } from './control';
export { defaultValues, variablesOf } from './variables';
export type { VariableGroup, VariableInfo, VariableType } from './variables';
export { describeStep, runLog } from './log';
export { checkBranches, conditionResults, resetRun } from './queries';
export type { BranchCheck, ConditionResult } from './queries';
export { fromOsoplog, toOsoplog } from './osoplog';
export type { OsoplogInfo, OsoplogOptions } from './osoplog';
