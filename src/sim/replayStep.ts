/**
 * Stepping through a recorded run (`fromOsoplog`): each step applies the next node record.
 * Edges are inferred: an edge is taken when its target runs after its source ran, not taken when
 * its target is recorded as skipped, and not taken at the end when still undecided. Internal.
 */
import type { ExpressionEngine } from '../expr/types';
import { emit, nodeOf, setNode, setPause, type Draft } from './draft';
import type { ReplayRecord } from './types';

const ran = (d: Draft, id: string): boolean => {
  const s = nodeOf(d, id).state;
  return s === 'succeeded' || s === 'failed' || s === 'running';
};

function inferIncoming(d: Draft, record: ReplayRecord): void {
  for (const arc of d.info.arcs) {
    if (arc.to !== record.node || d.edges[arc.id] !== 'pending') continue;
    if (record.state === 'skipped') {
      d.edges[arc.id] = 'not-taken';
      emit(d, {
        type: 'edge.not-taken',
        edge: arc.id,
        from: arc.from,
        to: arc.to,
        mode: arc.mode,
        message: `${arc.from} → ${arc.to} not taken (recorded as skipped)`,
      });
    } else if (ran(d, arc.from)) {
      d.edges[arc.id] = 'taken';
      emit(d, {
        type: 'edge.taken',
        edge: arc.id,
        from: arc.from,
        to: arc.to,
        mode: arc.mode,
        back: arc.back,
        message: `${arc.from} → ${arc.to} taken (as recorded)`,
      });
    }
  }
}

function finish(d: Draft, status: 'completed' | 'failed'): void {
  for (const node of d.graph.nodes) {
    const s = nodeOf(d, node.id).state;
    if (s === 'pending' || s === 'ready' || s === 'waiting') {
      setNode(d, node.id, { state: 'skipped' });
      emit(d, {
        type: 'node.skipped',
        node: node.id,
        reason: 'not-reached',
        message: `${node.id} has no record: it did not run`,
      });
    }
  }
  for (const arc of d.info.arcs) if (d.edges[arc.id] === 'pending') d.edges[arc.id] = 'not-taken';
  d.status = status;
  d.queue = [];
  if (status === 'completed') {
    emit(d, { type: 'run.completed', message: 'replay finished: the recorded run completed' });
  } else {
    const failed = [...d.records].reverse().find((r) => r.outcome !== 'succeeded')?.node ?? '';
    emit(d, {
      type: 'run.failed',
      node: failed,
      message: `replay finished: the recorded run failed${failed === '' ? '' : ` at ${failed}`}`,
    });
  }
}

/**
 * Applies the next record of the replay in `d`; finishes after the last one, or pauses when
 * the next record's node has a breakpoint.
 */
export function replayStep(d: Draft, _engine: ExpressionEngine): void {
  const script = d.replay;
  if (script === undefined) return;
  const record = script.records[script.next];
  d.replay = { ...script, next: script.next + 1 };
  setPause(d, undefined);
  if (record !== undefined) applyRecord(d, record, script.records.slice(script.next + 1));
  const next = script.records[script.next + 1];
  if (next === undefined) {
    finish(d, script.finalStatus);
  } else if (d.settings.breakpoints.includes(next.node)) {
    const pause = { kind: 'breakpoint' as const, node: next.node };
    setPause(d, pause);
    emit(d, { type: 'run.paused', pause, message: `paused at the breakpoint before ${next.node}` });
  }
}

function applyRecord(d: Draft, record: ReplayRecord, later: readonly ReplayRecord[]): void {
  const { node, attempt } = record;
  const note = record.note === undefined ? '' : `: ${record.note}`;
  const unknown = record.known ? '' : ' (not a node of this workflow)';
  inferIncoming(d, record);
  if (record.state === 'skipped') {
    setNode(d, node, { state: 'skipped' });
    emit(d, {
      type: 'node.skipped',
      node,
      reason: 'recorded',
      message: `${node} skipped${note}${unknown}`,
    });
    return;
  }
  const before = nodeOf(d, node);
  const iteration =
    attempt <= 1 || before.iteration === 0 ? before.iteration + 1 : before.iteration;
  emit(d, {
    type: 'node.started',
    node,
    iteration,
    attempt,
    message: `${node} started${attempt > 1 ? ` (attempt ${attempt})` : ''}${unknown}`,
  });
  if (record.state === 'running') {
    setNode(d, node, { state: 'running', iteration, attempt });
    return;
  }
  const outcome =
    record.status === 'TIMEOUT' ? 'timed-out' : record.state === 'failed' ? 'failed' : 'succeeded';
  d.records.push({ node, iteration, attempt, outcome, step: d.step, outputs: record.outputs });
  if (outcome === 'succeeded') {
    d.seq += 1;
    setNode(d, node, {
      state: 'succeeded',
      iteration,
      attempt,
      outputs: record.outputs,
      seq: d.seq,
    });
    const shown = Object.entries(record.outputs).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
    emit(d, {
      type: 'node.succeeded',
      node,
      attempt,
      outputs: record.outputs,
      message: `${node} succeeded${shown.length > 0 ? ` with ${shown.join(', ')}` : ''}`,
    });
    return;
  }
  const failures = before.failures + 1;
  const what = outcome === 'timed-out' ? 'timed out' : 'failed';
  const retries = later.filter((r) => r.node === node && r.attempt > attempt).map((r) => r.attempt);
  if (retries.length > 0) {
    setNode(d, node, { state: 'running', iteration, attempt, failures });
    emit(d, {
      type: 'node.retrying',
      node,
      attempt,
      maxAttempts: Math.max(...retries),
      outcome,
      message: `${node} ${what} (attempt ${attempt})${note}; it was retried`,
    });
    return;
  }
  setNode(d, node, { state: 'failed', iteration, attempt, failures });
  emit(d, { type: 'node.failed', node, attempt, outcome, message: `${node} ${what}${note}` });
}
