/**
 * One attempt of one node, and resolving its outgoing edges afterwards (or pausing for values
 * or a choice). Internal.
 */
import type { ExpressionEngine } from '../expr/types';
import { decideOutgoing } from './decide';
import { dequeue, emit, nodeOf, setNode, setPause, type Draft } from './draft';
import { applyDecisions } from './propagate';
import { suppliedOutput } from './scope';
import type { AttemptOutcome, MissingValue, SimValue } from './types';

/** How the attempt ends, from the injected failures (`failures` = failed attempts so far). */
function outcomeOf(d: Draft, id: string, failures: number): AttemptOutcome {
  const spec = d.settings.failures[id];
  if (spec === undefined) return 'succeeded';
  if (spec.mode === 'fail') return 'failed';
  if (spec.mode === 'timeout') return 'timed-out';
  return failures < Math.max(0, spec.times ?? 1) ? 'failed' : 'succeeded';
}

/**
 * The outputs a successful attempt records: each declared output with a supplied value
 * (`<node>.<name>` wins over the bare name), then any other `<node>.<path>` value (fields of
 * an output as `result.exit_code`).
 */
export function outputsOf(d: Draft, id: string): Record<string, SimValue> {
  const outputs: Record<string, SimValue> = {};
  const set = (name: string, value: SimValue): void => {
    Object.defineProperty(outputs, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  for (const output of d.info.nodeById.get(id)?.outputs ?? []) {
    const value = suppliedOutput(d, id, output.name);
    if (value !== undefined && !Object.hasOwn(outputs, output.name)) set(output.name, value);
  }
  const prefix = `${id}.`;
  for (const [key, value] of Object.entries(d.values)) {
    const name = key.slice(prefix.length);
    if (key.startsWith(prefix) && name !== '' && !Object.hasOwn(outputs, name)) {
      set(name, value);
    }
  }
  return outputs;
}

function describeMissing(missing: readonly MissingValue[]): string {
  return missing.map((m) => m.key).join(', ');
}

/**
 * Decides the outgoing edges of the node in `d.resolving` and applies them, or pauses: first
 * for missing values (all of them at once), then for conditions the user must decide.
 */
export function resolveOutgoing(d: Draft, engine: ExpressionEngine): void {
  const resolving = d.resolving;
  if (resolving === undefined) return;
  const { node, outcome } = resolving;
  const decisions = decideOutgoing(d, engine, node, outcome);
  const firstMissing = decisions.missing[0];
  if (firstMissing !== undefined) {
    const all = decisions.missing.flatMap((m) => m.values);
    const seen = new Set<string>();
    const missing = all.filter((m) => !seen.has(m.key) && seen.add(m.key));
    for (const m of decisions.missing) {
      const names = m.values.map((v) => v.key);
      emit(d, {
        type: 'condition.missing',
        edge: m.arc.id,
        names,
        message: `${m.arc.from} → ${m.arc.to}: ${m.arc.edge.condition ?? ''} needs ${names.join(', ')}`,
      });
    }
    const pause = {
      kind: 'missing-value' as const,
      names: missing.map((m) => m.key),
      edge: firstMissing.arc.id,
      node,
      missing,
    };
    setPause(d, pause);
    emit(d, {
      type: 'run.paused',
      pause,
      message: `paused: ${node}'s conditions need ${describeMissing(missing)}`,
    });
    return;
  }
  const firstUndecided = decisions.undecided[0];
  if (firstUndecided !== undefined) {
    for (const u of decisions.undecided) {
      emit(d, {
        type: 'condition.undecided',
        edge: u.condition.edge,
        text: u.condition.text,
        reason: u.condition.reason,
        message: `${node}: cannot decide "${u.condition.text}": ${u.condition.reason}`,
      });
    }
    const pause = {
      kind: 'choose-branch' as const,
      node,
      edges: decisions.undecided.flatMap((u) => u.arcs.map((a) => a.id)),
      text: firstUndecided.condition.text,
      conditions: decisions.undecided.map((u) => u.condition),
      exclusive: decisions.undecided.length === 1 && firstUndecided.exclusive,
    };
    setPause(d, pause);
    emit(d, {
      type: 'run.paused',
      pause,
      message: `paused: choose the branch out of ${node} ("${firstUndecided.condition.text}" cannot be evaluated)`,
    });
    return;
  }
  for (const e of decisions.events) emit(d, e);
  applyDecisions(d, node, outcome, decisions.decided);
}

/** Runs one attempt of `id` (the head of the queue). */
export function runAttempt(d: Draft, id: string, engine: ExpressionEngine): void {
  const before = nodeOf(d, id);
  const first = before.state !== 'running';
  const iteration = first ? before.iteration + 1 : before.iteration;
  const attempt = first ? 1 : before.attempt + 1;
  const maxAttempts = 1 + Math.max(0, d.info.nodeById.get(id)?.maxRetries ?? 0);
  const again = iteration > 1 ? ` (iteration ${iteration})` : '';
  const which = attempt > 1 ? ` (attempt ${attempt} of ${maxAttempts})` : '';
  emit(d, {
    type: 'node.started',
    node: id,
    iteration,
    attempt,
    message: `${id} started${again}${which}`,
  });
  const outcome = outcomeOf(d, id, before.failures);
  const failures = before.failures + (outcome === 'succeeded' ? 0 : 1);
  const outputs = outcome === 'succeeded' ? outputsOf(d, id) : {};
  d.records.push({ node: id, iteration, attempt, outcome, step: d.step, outputs });
  const what = outcome === 'timed-out' ? 'timed out' : 'failed';
  if (outcome !== 'succeeded' && attempt < maxAttempts) {
    setNode(d, id, { state: 'running', iteration, attempt, failures });
    emit(d, {
      type: 'node.retrying',
      node: id,
      attempt,
      maxAttempts,
      outcome,
      message: `${id} ${what} (attempt ${attempt} of ${maxAttempts}); it will retry`,
    });
    return;
  }
  dequeue(d, id);
  if (outcome === 'succeeded') {
    d.seq += 1;
    setNode(d, id, { state: 'succeeded', iteration, attempt, failures, outputs, seq: d.seq });
    const shown = Object.entries(outputs).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
    emit(d, {
      type: 'node.succeeded',
      node: id,
      attempt,
      outputs,
      message: `${id} succeeded${shown.length > 0 ? ` with ${shown.join(', ')}` : ''}`,
    });
  } else {
    setNode(d, id, { state: 'failed', iteration, attempt, failures });
    const after = maxAttempts > 1 ? ` after ${attempt} attempt${attempt > 1 ? 's' : ''}` : '';
    emit(d, { type: 'node.failed', node: id, attempt, outcome, message: `${id} ${what}${after}` });
  }
  d.resolving = { node: id, outcome, choices: {} };
  resolveOutgoing(d, engine);
}
