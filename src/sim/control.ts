/**
 * What the user does to a running simulation besides stepping: supply values, choose branches,
 * set breakpoints. Each returns a new state whose `previous` is the old one (Step back undoes it),
 * except {@link setBreakpoints}, which replaces the current state in place.
 */
import type { ExpressionEngine } from '../expr/types';
import { resolveOutgoing } from './attempt';
import { draftOf, emit, freeze, setNode, setPause, type Draft } from './draft';
import { normaliseValues, settle } from './step';
import type { RunState, SimValue, SimValues, StepResult } from './types';

/** Adds newly supplied outputs to nodes that already ran without them (and to their record). */
function fillRanOutputs(d: Draft, values: Readonly<Record<string, SimValue>>): void {
  for (const [key, value] of Object.entries(values)) {
    const dot = key.indexOf('.');
    const targets =
      dot > 0 && d.info.nodeById.has(key.slice(0, dot))
        ? [[key.slice(0, dot), key.slice(dot + 1)] as const]
        : (d.info.declarers.get(key) ?? []).map((id) => [id, key] as const);
    for (const [id, name] of targets) {
      const run = d.nodes[id];
      if (run?.outputs === undefined || Object.hasOwn(run.outputs, name)) continue;
      const outputs = { ...run.outputs, [name]: value };
      setNode(d, id, { outputs });
      const index = d.records.findLastIndex((r) => r.node === id && r.outcome === 'succeeded');
      const record = d.records[index];
      if (record !== undefined && !Object.hasOwn(record.outputs, name)) {
        d.records[index] = { ...record, outputs: { ...record.outputs, [name]: value } };
      }
    }
  }
}

/**
 * Supplies values (same keys as `createRun`'s). They apply to every node that runs from now on
 * and fill in outputs of nodes that already ran without them; values supplied here are also in
 * scope at once, even for a producer that has not run. When the run is paused for missing
 * values, it tries to go on (it may pause again for what is still missing or for a choice).
 */
export function provideValues(
  run: RunState,
  values: SimValues,
  engine: ExpressionEngine,
): StepResult {
  const d = draftOf(run, run.stepCount + 1);
  const clean = normaliseValues(values);
  const names = Object.keys(clean);
  for (const [key, value] of Object.entries(clean)) {
    Object.defineProperty(d.values, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    Object.defineProperty(d.provided, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  fillRanOutputs(d, clean);
  const shown = Object.entries(clean).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
  emit(d, { type: 'values.provided', names, message: `values supplied: ${shown.join(', ')}` });
  if (run.paused?.kind === 'missing-value' && d.resolving !== undefined) {
    setPause(d, undefined);
    resolveOutgoing(d, engine);
    settle(d);
  }
  return { run: freeze(d, run), events: d.events };
}

/**
 * Decides a paused choice: of the edges the pause offers, those in `edgeIds` are taken and the
 * others not, then the run goes on. Unchanged (same object, no events) when the run is not
 * waiting for a choice.
 */
export function chooseBranch(
  run: RunState,
  edgeIds: readonly string[],
  engine: ExpressionEngine,
): StepResult {
  const pause = run.paused;
  if (pause?.kind !== 'choose-branch' || run.resolving === undefined) return { run, events: [] };
  const d = draftOf(run, run.stepCount + 1);
  const choices: Record<string, boolean> = { ...run.resolving.choices };
  for (const edge of pause.edges) {
    const taken = edgeIds.includes(edge);
    choices[edge] = taken;
    const arc = d.info.arcById.get(edge);
    const text = pause.conditions.find((c) => c.edge === edge)?.text ?? arc?.edge.condition ?? '';
    emit(d, {
      type: 'condition.chosen',
      edge,
      text,
      taken,
      message: `you chose: ${arc?.from ?? '?'} → ${arc?.to ?? '?'} ${taken ? 'taken' : 'not taken'}`,
    });
  }
  d.resolving = { ...run.resolving, choices };
  setPause(d, undefined);
  resolveOutgoing(d, engine);
  settle(d);
  return { run: freeze(d, run), events: d.events };
}

/**
 * The run with other breakpoints (node ids). Not a step: the result replaces `run` (same
 * `previous`, same events). A pause at a breakpoint that is removed is lifted; a new breakpoint
 * on the next node to run pauses there.
 */
export function setBreakpoints(run: RunState, nodeIds: readonly string[]): RunState {
  const d = draftOf(run, run.stepCount);
  d.settings = { ...run.settings, breakpoints: [...nodeIds] };
  if (run.paused?.kind === 'breakpoint' && !nodeIds.includes(run.paused.node))
    setPause(d, undefined);
  settle(d, run.paused?.kind === 'breakpoint' ? run.paused.node : undefined);
  const next = freeze(d, run, run.stepCount);
  const { previous: _unused, ...rest } = next;
  const events = [...run.events, ...d.events];
  return run.previous === undefined
    ? { ...rest, events }
    : { ...rest, events, previous: run.previous };
}
