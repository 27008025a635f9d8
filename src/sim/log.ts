/**
 * The run log in words: one line per step, e.g.
 * `health_check_10: error_rate_10 = 0.02 ≥ 0.01 → rollback; skipped canary_50, health_check_50,
 * full_promote`. Pure.
 */
import { traceOf } from './step';
import type { RunState, TraceEvent } from './types';

type Of<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>;

const ofType = <T extends TraceEvent['type']>(events: readonly TraceEvent[], type: T): Of<T>[] =>
  events.filter((e): e is Of<T> => e.type === type);

/** What a finished node led to: `error_rate_10 = 0.02 ≥ 0.01 → rollback`, `→ a, b`. */
function outcomeText(events: readonly TraceEvent[], node: string): string {
  const taken = ofType(events, 'edge.taken').filter((e) => e.from === node);
  const evaluated = ofType(events, 'condition.evaluated').filter((e) => e.from === node);
  const switched = ofType(events, 'switch.evaluated').find((e) => e.from === node);
  const chosen = ofType(events, 'condition.chosen');
  const parts: string[] = [];
  const plain: string[] = [];
  for (const edge of taken) {
    const condition = evaluated.find((e) => e.edge === edge.edge);
    if (condition !== undefined) parts.push(`${condition.explanation} → ${edge.to}`);
    else if (switched !== undefined && edge.mode === 'switch') {
      parts.push(`${switched.text} = ${switched.substituted} → ${edge.to}`);
    } else if (chosen.some((c) => c.edge === edge.edge && c.taken))
      parts.push(`your choice → ${edge.to}`);
    else plain.push(edge.mode === 'sequential' ? edge.to : `${edge.to} (${edge.mode})`);
  }
  if (plain.length > 0) parts.push(`→ ${plain.join(', ')}`);
  if (taken.length === 0 && evaluated.length > 0) {
    parts.push(`no branch taken (${evaluated.map((e) => `${e.to}: ${e.explanation}`).join('; ')})`);
  } else if (taken.length === 0 && switched !== undefined) {
    parts.push(`${switched.text} = ${switched.substituted} → no case matches`);
  }
  return parts.join('; ');
}

function nodeText(events: readonly TraceEvent[]): string | undefined {
  const retry = ofType(events, 'node.retrying')[0];
  if (retry !== undefined) {
    const what = retry.outcome === 'timed-out' ? 'timed out' : 'failed';
    return `${retry.node} ${what} (attempt ${retry.attempt} of ${retry.maxAttempts}), will retry`;
  }
  const done = events.find(
    (e): e is Of<'node.succeeded'> | Of<'node.failed'> =>
      e.type === 'node.succeeded' || e.type === 'node.failed',
  );
  // After supplying values or choosing, the step resolves the paused node's edges first.
  const firstEdge = events.find(
    (e): e is Of<'edge.taken'> | Of<'edge.not-taken'> =>
      e.type === 'edge.taken' || e.type === 'edge.not-taken',
  );
  const resumed = events.some((e) => e.type === 'values.provided' || e.type === 'condition.chosen');
  const node = done?.node ?? (resumed ? firstEdge?.from : undefined);
  if (node === undefined) return undefined;
  const outcome = outcomeText(events, node);
  if (done?.type === 'node.failed') {
    const what = done.outcome === 'timed-out' ? 'timed out' : 'failed';
    const attempts = done.attempt > 1 ? ` after ${done.attempt} attempts` : '';
    return `${node} ${what}${attempts}${outcome === '' ? '' : ` ${outcome}`}`;
  }
  if (outcome === '') {
    // A replay infers edges when their target runs: show where the node was reached from.
    const from = ofType(events, 'edge.taken')
      .filter((e) => e.to === node)
      .map((e) => e.from);
    if (done === undefined) return undefined;
    return `${from.length > 0 ? `${from.join(', ')} → ` : ''}${node} succeeded`;
  }
  return outcome.startsWith('→') ? `${node} ${outcome}` : `${node}: ${outcome}`;
}

function tailTexts(events: readonly TraceEvent[]): string[] {
  const texts: string[] = [];
  const skipped = ofType(events, 'node.skipped').map((e) => e.node);
  if (skipped.length > 0) texts.push(`skipped ${skipped.join(', ')}`);
  for (const e of events) {
    if (
      e.type === 'loop.iteration' ||
      e.type === 'loop.guard-reached' ||
      e.type === 'branch.warning'
    ) {
      texts.push(e.type === 'branch.warning' ? `warning: ${e.message}` : e.message);
    }
  }
  for (const e of events) {
    if (e.type === 'run.paused' || e.type === 'run.failed' || e.type === 'run.completed')
      texts.push(e.message);
  }
  return texts;
}

/** One step's events in one line (empty string for a step with no events). */
export function describeStep(events: readonly TraceEvent[]): string {
  const head: string[] = [];
  const started = ofType(events, 'run.started')[0];
  if (started !== undefined) head.push(started.message);
  const provided = ofType(events, 'values.provided')[0];
  if (provided !== undefined) head.push(provided.message);
  const node = nodeText(events);
  if (node !== undefined) head.push(node);
  return [...head, ...tailTexts(events)].join('; ');
}

/** The run log: one line per step so far (creation included), oldest first. */
export function runLog(run: RunState): string[] {
  const byStep = new Map<number, TraceEvent[]>();
  for (const e of traceOf(run)) {
    const list = byStep.get(e.step) ?? [];
    byStep.set(e.step, list);
    list.push(e);
  }
  return [...byStep.values()].map(describeStep).filter((line) => line !== '');
}
