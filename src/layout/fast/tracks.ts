/**
 * Track assignment for the horizontal segments of one inter-layer channel. A segment runs from
 * `start` (where its vertical comes down from the layer above) to `end` (where it continues
 * down to the layer below). Two segments whose x-ranges overlap (closer than `SPACING.edgeEdge`)
 * get different tracks; which one lies above is chosen to avoid crossings and, above all, to
 * keep a vertical of one from running along a vertical of the other. Conflicting choices
 * (cycles) are broken and the tracks are then a longest path over the "above" relation.
 */
import { SPACING } from '../elkOptions';

/** Track index per segment (0 = topmost) and the number of tracks used. */
export interface TrackAssignment {
  readonly track: Int32Array;
  readonly count: number;
}

const EPS = 0.5;

/** Verticals closer than this (px) would look like one line: a hard constraint. */
const SAME = 1;
/** Verticals closer than this (px) look crowded: avoided where it costs no more than two crossings. */
const NEAR = SPACING.edgeEdge / 2;
/** Cost of two verticals on one line (a hard constraint: cycles never break it if avoidable). */
const ALONG = 100;
/** Cost of two verticals closer than {@link NEAR}. */
const CROWDED = 2.5;

/**
 * Crossings when segment a lies above b, plus {@link ALONG} (or {@link CROWDED}) when a's
 * lower vertical and b's upper vertical would run along each other on (nearly) the same x.
 */
function costAbove(as: number, ae: number, bs: number, be: number): number {
  const aLo = Math.min(as, ae);
  const aHi = Math.max(as, ae);
  const bLo = Math.min(bs, be);
  const bHi = Math.max(bs, be);
  let cost = 0;
  // b's vertical from the top, down to b's (lower) track, crosses a's horizontal.
  if (bs > aLo + EPS && bs < aHi - EPS) cost++;
  // a's vertical from a's track down to the bottom crosses b's horizontal.
  if (ae > bLo + EPS && ae < bHi - EPS) cost++;
  // The closer, the worse: when both orders have a conflict, the one with more room wins.
  const gap = Math.abs(ae - bs);
  if (gap < SAME) cost += ALONG * (2 - gap / SAME);
  else if (gap < NEAR) cost += CROWDED * (2 - gap / NEAR);
  return cost;
}

/**
 * Assigns tracks to `count` segments given by `start`/`end` x (only the first `count` entries are
 * read). O(P + n log n) for P overlapping pairs.
 */
export function assignTracks(start: ArrayLike<number>, end: ArrayLike<number>, count: number): TrackAssignment {
  const track = new Int32Array(count);
  if (count <= 1) return { track, count };
  const lo = new Float64Array(count);
  const hi = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const s = start[i] ?? 0;
    const e = end[i] ?? 0;
    lo[i] = Math.min(s, e);
    hi[i] = Math.max(s, e);
  }
  const byLo = Array.from({ length: count }, (_, i) => i).sort((a, b) => (lo[a] ?? 0) - (lo[b] ?? 0) || a - b);

  // Overlapping pairs, oriented "above → below" by the cheaper choice.
  const pa: number[] = [];
  const pb: number[] = [];
  const hard: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = byLo[k] ?? 0;
    const reach = (hi[i] ?? 0) + SPACING.edgeEdge;
    for (let m = k + 1; m < count; m++) {
      const j = byLo[m] ?? 0;
      if ((lo[j] ?? 0) >= reach) break;
      const si = start[i] ?? 0;
      const ei = end[i] ?? 0;
      const sj = start[j] ?? 0;
      const ej = end[j] ?? 0;
      const iAbove = costAbove(si, ei, sj, ej);
      const jAbove = costAbove(sj, ej, si, ei);
      if (iAbove < jAbove || (iAbove === jAbove && i < j)) {
        pa.push(i);
        pb.push(j);
      } else {
        pa.push(j);
        pb.push(i);
      }
      hard.push(Math.max(iAbove, jAbove) >= ALONG && Math.min(iAbove, jAbove) < ALONG ? 1 : 0);
    }
  }
  if (pa.length === 0) return { track, count: 1 };

  // Topological order of the "above" relation (Kahn); on a cycle, release the segment with the
  // fewest unmet constraints, preferring one whose unmet constraints are all soft.
  const pairs = pa.length;
  const outStart = new Int32Array(count + 1);
  const indegree = new Int32Array(count);
  const hardIndegree = new Int32Array(count);
  for (let p = 0; p < pairs; p++) {
    const a = pa[p] ?? 0;
    const b = pb[p] ?? 0;
    outStart[a + 1] = (outStart[a + 1] ?? 0) + 1;
    indegree[b] = (indegree[b] ?? 0) + 1;
    hardIndegree[b] = (hardIndegree[b] ?? 0) + (hard[p] ?? 0);
  }
  for (let i = 0; i < count; i++) outStart[i + 1] = (outStart[i + 1] ?? 0) + (outStart[i] ?? 0);
  const outList = new Int32Array(pairs);
  const outHard = new Uint8Array(pairs);
  const fill = outStart.slice(0, count);
  for (let p = 0; p < pairs; p++) {
    const a = pa[p] ?? 0;
    outList[fill[a] ?? 0] = pb[p] ?? 0;
    outHard[fill[a] ?? 0] = hard[p] ?? 0;
    fill[a] = (fill[a] ?? 0) + 1;
  }
  const rank = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < count; i++) if (indegree[i] === 0) queue[tail++] = i;
  let placed = 0;
  while (placed < count) {
    if (head === tail) {
      let pick = -1;
      for (let i = 0; i < count; i++) {
        if (rank[i] !== -1 || indegree[i] === -1) continue;
        const better =
          pick === -1 ||
          (hardIndegree[i] ?? 0) < (hardIndegree[pick] ?? 0) ||
          ((hardIndegree[i] ?? 0) === (hardIndegree[pick] ?? 0) && (indegree[i] ?? 0) < (indegree[pick] ?? 0));
        if (better) pick = i;
      }
      queue[tail++] = pick;
      indegree[pick] = -1;
    }
    const a = queue[head++] ?? 0;
    rank[a] = placed++;
    for (let k = outStart[a] ?? 0; k < (outStart[a + 1] ?? 0); k++) {
      const b = outList[k] ?? 0;
      if ((indegree[b] ?? 0) <= 0) continue; // already queued (released from a cycle)
      indegree[b] = (indegree[b] ?? 0) - 1;
      hardIndegree[b] = (hardIndegree[b] ?? 0) - (outHard[k] ?? 0);
      if (indegree[b] === 0) {
        queue[tail++] = b;
        indegree[b] = -1;
      }
    }
  }

  // Every pair now points from the earlier to the later segment: longest path in that order.
  const byRank = new Int32Array(count);
  for (let i = 0; i < count; i++) byRank[rank[i] ?? 0] = i;
  const laterStart = new Int32Array(count + 1);
  for (let p = 0; p < pairs; p++) {
    const a = pa[p] ?? 0;
    const b = pb[p] ?? 0;
    const first = (rank[a] ?? 0) < (rank[b] ?? 0) ? a : b;
    laterStart[first + 1] = (laterStart[first + 1] ?? 0) + 1;
  }
  for (let i = 0; i < count; i++) laterStart[i + 1] = (laterStart[i + 1] ?? 0) + (laterStart[i] ?? 0);
  const later = new Int32Array(pairs);
  const laterFill = laterStart.slice(0, count);
  for (let p = 0; p < pairs; p++) {
    const a = pa[p] ?? 0;
    const b = pb[p] ?? 0;
    const [first, second] = (rank[a] ?? 0) < (rank[b] ?? 0) ? [a, b] : [b, a];
    later[laterFill[first] ?? 0] = second;
    laterFill[first] = (laterFill[first] ?? 0) + 1;
  }
  let max = 0;
  for (let r = 0; r < count; r++) {
    const a = byRank[r] ?? 0;
    const t = track[a] ?? 0;
    if (t > max) max = t;
    for (let k = laterStart[a] ?? 0; k < (laterStart[a + 1] ?? 0); k++) {
      const b = later[k] ?? 0;
      if ((track[b] ?? 0) < t + 1) track[b] = t + 1;
    }
  }
  return { track, count: max + 1 };
}
