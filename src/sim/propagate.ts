/**
 * Moving tokens: applying a node's edge decisions, joins (wait_all / wait_any / wait_n),
 * dead-path elimination, loops with the iteration guard, and the end of a run. Internal.
 */
import { dequeue, emit, enqueue, nodeOf, setNode, type Draft } from './draft';
import { forwardReach, type Arc } from './graphInfo';
import type { ArcDecision } from './decide';
import type { AttemptOutcome, BranchWarning } from './types';

function warn(d: Draft, w: Omit<BranchWarning, 'step'>): void {
  d.warnings.push({ ...w, step: d.step });
}

/** Ready, waiting or skipped, once an incoming forward arc of `target` changed. Cascades. */
export function refresh(d: Draft, target: string): void {
  const work = [target];
  while (work.length > 0) {
    const id = work.shift() ?? '';
    const run = nodeOf(d, id);
    if (run.state !== 'pending' && run.state !== 'waiting') continue;
    const incoming = d.info.forwardIn.get(id) ?? [];
    if (incoming.length === 0) continue;
    const taken = incoming.filter((a) => d.edges[a.id] === 'taken').length;
    const resolved = incoming.filter((a) => d.edges[a.id] !== 'pending').length;
    const all = resolved === incoming.length;
    const join = d.info.join.get(id) ?? { mode: 'wait_all', count: incoming.length };
    const ready =
      join.mode === 'wait_any'
        ? taken >= 1
        : join.mode === 'wait_n'
          ? taken >= join.count || (all && taken >= 1)
          : all && taken >= 1;
    if (ready && run.iteration >= d.settings.iterationGuard) {
      // Re-reached through a loop body: the guard also holds for nodes after a loop's target.
      const arc = incoming.find((a) => d.edges[a.id] === 'taken') ?? incoming[0];
      const guard = d.settings.iterationGuard;
      const message = `${id} not run again: iteration guard reached (it already ran ${run.iteration} time${run.iteration === 1 ? '' : 's'}; the limit is ${guard})`;
      emit(d, { type: 'loop.guard-reached', edge: arc?.id ?? '', node: id, guard, message });
      warn(d, {
        kind: 'guard-reached',
        node: id,
        edges: arc === undefined ? [] : [arc.id],
        message,
      });
      skip(d, id, 'guard', work);
    } else if (ready) {
      setNode(d, id, { state: 'ready', attempt: 0 });
      enqueue(d, id);
      const iteration = run.iteration + 1;
      const how =
        join.mode === 'wait_all'
          ? ''
          : ` (${join.mode}${join.mode === 'wait_n' ? ` ${join.count}` : ''})`;
      emit(d, { type: 'node.ready', node: id, iteration, message: `${id} is ready${how}` });
    } else if (all) {
      skip(d, id, 'dead-path', work);
    } else if (taken >= 1 && run.state === 'pending') {
      const needed = join.mode === 'wait_n' ? join.count : incoming.length;
      setNode(d, id, { state: 'waiting' });
      emit(d, {
        type: 'node.waiting',
        node: id,
        taken,
        needed,
        message: `${id} waits for its other inputs (${taken} of ${needed})`,
      });
    }
  }
}

/** Skips a node: its outgoing arcs are not taken and their targets re-checked. */
function skip(
  d: Draft,
  id: string,
  reason: 'dead-path' | 'not-reached' | 'guard',
  work: string[],
): void {
  setNode(d, id, { state: 'skipped' });
  dequeue(d, id);
  const message =
    reason === 'dead-path'
      ? `${id} skipped: none of its incoming edges was taken`
      : reason === 'guard'
        ? `${id} skipped: iteration guard`
        : `${id} skipped: the run never reached it`;
  emit(d, { type: 'node.skipped', node: id, reason, message });
  for (const arc of d.info.out.get(id) ?? []) {
    if (d.edges[arc.id] !== 'pending') continue;
    notTaken(d, arc, `${id} was skipped`);
    if (!arc.back) work.push(arc.to);
  }
}

function notTaken(d: Draft, arc: Arc, why: string): void {
  d.edges[arc.id] = 'not-taken';
  emit(d, {
    type: 'edge.not-taken',
    edge: arc.id,
    from: arc.from,
    to: arc.to,
    mode: arc.mode,
    message: `${arc.from} → ${arc.to} not taken (${why})`,
  });
}

/** True (and says so) when taking back arc `arc` would exceed the iteration guard. */
function guardStops(d: Draft, arc: Arc): boolean {
  const target = arc.to;
  const ran = nodeOf(d, target).iteration;
  const guard = d.settings.iterationGuard;
  if (ran < guard) return false;
  const message = `${arc.from} → ${target} not taken: iteration guard reached (${target} already ran ${ran} time${ran === 1 ? '' : 's'}; the limit is ${guard})`;
  emit(d, { type: 'loop.guard-reached', edge: arc.id, node: target, guard, message });
  warn(d, { kind: 'guard-reached', node: target, edges: [arc.id], message });
  return true;
}

/** Takes a back arc: its target and everything after it run again as a new iteration. */
function reenter(d: Draft, arc: Arc): void {
  const target = arc.to;
  const run = nodeOf(d, target);
  const guard = d.settings.iterationGuard;
  const region = forwardReach(d.graph, target);
  for (const id of region) {
    if (id === target) continue;
    const r = d.nodes[id];
    if (r !== undefined && r.state !== 'pending') setNode(d, id, { state: 'pending', attempt: 0 });
  }
  d.queue = d.queue.filter((q) => !region.has(q));
  for (const other of d.info.arcs) {
    if (other.id !== arc.id && region.has(other.from)) d.edges[other.id] = 'pending';
  }
  setNode(d, target, { state: 'ready', attempt: 0 });
  enqueue(d, target);
  const iteration = run.iteration + 1;
  emit(d, {
    type: 'loop.iteration',
    edge: arc.id,
    node: target,
    iteration,
    guard,
    message: `loop back to ${target} (iteration ${iteration} of at most ${guard})`,
  });
}

function branchWarnings(d: Draft, node: string, decided: readonly ArcDecision[]): void {
  const conditional = decided.filter((x) => x.arc.mode === 'conditional');
  if (conditional.length === 0) return;
  const trueOnes = conditional.filter((x) => x.taken);
  if (trueOnes.length >= 2) {
    const edges = trueOnes.map((x) => x.arc.id);
    const message = `${node}: ${trueOnes.length} conditional branches are true at once (${trueOnes.map((x) => x.arc.to).join(', ')})`;
    emit(d, { type: 'branch.warning', node, kind: 'several-true', edges, message });
    warn(d, { kind: 'several-true', node, edges, message });
  } else if (!decided.some((x) => x.taken)) {
    const edges = conditional.map((x) => x.arc.id);
    const message = `${node}: no conditional branch is true, so the run goes no further from here`;
    emit(d, { type: 'branch.warning', node, kind: 'none-true', edges, message });
    warn(d, { kind: 'none-true', node, edges, message });
  }
}

/**
 * Applies the decisions for the outgoing arcs of `node`: edge states and events, branch
 * warnings, run failure when a failed node has no handler, then loops (back arcs) and joins.
 */
export function applyDecisions(
  d: Draft,
  node: string,
  outcome: AttemptOutcome,
  decided: readonly ArcDecision[],
): void {
  d.resolving = undefined;
  const loops: Arc[] = [];
  for (const { arc, taken, why } of decided) {
    if (!taken || (arc.back && guardStops(d, arc))) {
      notTaken(d, arc, taken ? 'iteration guard reached' : why);
      continue;
    }
    if (arc.back) loops.push(arc);
    d.edges[arc.id] = 'taken';
    emit(d, {
      type: 'edge.taken',
      edge: arc.id,
      from: arc.from,
      to: arc.to,
      mode: arc.mode,
      back: arc.back,
      message: `${arc.from} → ${arc.to} taken (${why})`,
    });
  }
  if (outcome === 'succeeded') branchWarnings(d, node, decided);
  if (outcome !== 'succeeded' && !decided.some((x) => d.edges[x.arc.id] === 'taken')) {
    d.status = 'failed';
    const what = outcome === 'timed-out' ? 'timed out' : 'failed';
    const why = decided.some((x) => x.taken)
      ? 'its fallback is stopped by the iteration guard'
      : 'has no fallback or error edge';
    emit(d, { type: 'run.failed', node, message: `the run failed: ${node} ${what} and ${why}` });
    return;
  }
  for (const arc of loops) reenter(d, arc);
  for (const { arc } of decided) if (!arc.back) refresh(d, arc.to);
}

/** Ends a run with nothing left to do: nodes never reached are skipped. */
export function complete(d: Draft): void {
  const work: string[] = [];
  for (const node of d.graph.nodes) {
    const state = nodeOf(d, node.id).state;
    if (state === 'pending' || state === 'waiting' || state === 'ready')
      skip(d, node.id, 'not-reached', work);
  }
  for (const arc of d.info.arcs) if (d.edges[arc.id] === 'pending') d.edges[arc.id] = 'not-taken';
  d.status = 'completed';
  const count = (s: string): number => Object.values(d.nodes).filter((n) => n.state === s).length;
  const failed = count('failed');
  emit(d, {
    type: 'run.completed',
    message: `run completed: ${count('succeeded')} succeeded${failed > 0 ? `, ${failed} failed (handled)` : ''}, ${count('skipped')} skipped`,
  });
}
