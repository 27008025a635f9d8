/**
 * Where each edge end attaches, relative to its item's anchor (the centre of a node or dummy),
 * and how much room each item needs around its anchor. Forward edges leave through a node's
 * bottom side and enter through the top side, spread evenly and sorted by the position of the
 * other end so that they do not cross at the node. Reversed (back) edges attach to the left
 * side and run along vertical tracks just left of the node; self-loops sit on the right side
 * with their labels beside them. Depends only on the ordering, not on coordinates.
 */
import { SPACING } from '../elkOptions';
import type { FastGraph } from './graph';
import type { Grid } from './layering';
import { LABEL_DUMMY, NODE } from './layering';
import type { Ordering } from './ordering';

/** Attachment offsets per hop end and extents per item (see the module comment). */
export interface Ports {
  /** Per hop: x of the attachment at its top item, relative to the item's anchor. */
  readonly topOff: Float64Array;
  /** Per hop: x of the attachment at its bottom item, relative to the item's anchor. */
  readonly bottomOff: Float64Array;
  /** Per hop: y of a left-side attachment at the top item as a fraction of its height, or -1. */
  readonly topSide: Float64Array;
  /** Per hop: y of a left-side attachment at the bottom item as a fraction of its height, or -1. */
  readonly bottomSide: Float64Array;
  /** Per item: room needed left of the anchor. */
  readonly leftExt: Float64Array;
  /** Per item: room needed right of the anchor. */
  readonly rightExt: Float64Array;
  /** Per item: half of the room needed along the rank axis (centred on the anchor). */
  readonly halfHeight: Float64Array;
  /** Per self-loop edge: distance of its vertical segment from the node's right side. */
  readonly loopDistance: Float64Array;
  /** Per self-loop edge: y fractions (of the node height) where it leaves and re-enters. */
  readonly loopOut: Float64Array;
  readonly loopIn: Float64Array;
  /** Per self-loop edge with a label: label top-left relative to (node right, node centre y). */
  readonly loopLabelDx: Float64Array;
  readonly loopLabelDy: Float64Array;
}

/** Computes attachments and extents for an ordering. O(V + E log E). */
export function computePorts(graph: FastGraph, grid: Grid, ordering: Ordering): Ports {
  const { pos } = ordering;
  const hopCount = grid.hopTop.length;
  const edgeCount = graph.from.length;
  const topOff = new Float64Array(hopCount);
  const bottomOff = new Float64Array(hopCount);
  const topSide = new Float64Array(hopCount).fill(-1);
  const bottomSide = new Float64Array(hopCount).fill(-1);
  const leftExt = new Float64Array(grid.itemCount);
  const rightExt = new Float64Array(grid.itemCount);
  const halfHeight = new Float64Array(grid.itemCount);
  const loopDistance = new Float64Array(edgeCount);
  const loopOut = new Float64Array(edgeCount);
  const loopIn = new Float64Array(edgeCount);
  const loopLabelDx = new Float64Array(edgeCount);
  const loopLabelDy = new Float64Array(edgeCount);

  for (let i = 0; i < grid.itemCount; i++) {
    if (grid.itemKind[i] !== LABEL_DUMMY) continue;
    const e = grid.itemEdge[i] ?? 0;
    leftExt[i] = rightExt[i] = (graph.labelWidth[e] ?? 0) / 2;
    halfHeight[i] = (graph.labelHeight[e] ?? 0) / 2;
  }

  // Self-loops per node, in edge order.
  const loops = new Map<number, number[]>();
  for (let e = 0; e < edgeCount; e++) {
    if (grid.selfLoop[e] !== 1) continue;
    const v = graph.from[e] ?? 0;
    const list = loops.get(v);
    if (list) list.push(e);
    else loops.set(v, [e]);
  }

  // Scratch: hop lists of one node side with their sort keys (position of the other end, then
  // edge index, so that parallel edges keep the same order at both ends).
  let maxDegree = 1;
  for (let v = 0; v < grid.itemCount; v++) {
    const degree = Math.max(
      (grid.downStart[v + 1] ?? 0) - (grid.downStart[v] ?? 0),
      (grid.upStart[v + 1] ?? 0) - (grid.upStart[v] ?? 0),
    );
    if (degree > maxDegree) maxDegree = degree;
  }
  const forward = new Int32Array(maxDegree);
  const forwardKey = new Float64Array(maxDegree);
  const back = new Int32Array(maxDegree);
  const backKey = new Float64Array(maxDegree);
  const backDown = new Int32Array(maxDegree);
  const backDownKey = new Float64Array(maxDegree);
  const scale = edgeCount + 1;
  const track = (w: number, k: number): number => -(w / 2 + SPACING.edgeNode + k * SPACING.edgeEdge);

  for (let v = 0; v < grid.itemCount; v++) {
    if (grid.itemKind[v] !== NODE) continue;
    const w = graph.width[v] ?? 0;
    const h = graph.height[v] ?? 0;
    // Bottom side (forward edges leaving) and left-side ends of back edges going down.
    let nf = 0;
    let nDown = 0;
    for (let j = grid.downStart[v] ?? 0; j < (grid.downStart[v + 1] ?? 0); j++) {
      const hop = grid.downHops[j] ?? 0;
      const e = grid.hopEdge[hop] ?? 0;
      const key = (pos[grid.hopBottom[hop] ?? 0] ?? 0) * scale + e;
      if (grid.reversed[e] === 1) nDown = insertSorted(backDown, backDownKey, nDown, hop, -key);
      else nf = insertSorted(forward, forwardKey, nf, hop, key);
    }
    for (let k = 0; k < nf; k++) topOff[forward[k] ?? 0] = w * ((k + 1) / (nf + 1) - 0.5);
    // Top side (forward edges entering) and left-side ends of back edges going up.
    nf = 0;
    let nUp = 0;
    for (let j = grid.upStart[v] ?? 0; j < (grid.upStart[v + 1] ?? 0); j++) {
      const hop = grid.upHops[j] ?? 0;
      const e = grid.hopEdge[hop] ?? 0;
      const key = (pos[grid.hopTop[hop] ?? 0] ?? 0) * scale + e;
      if (grid.reversed[e] === 1) nUp = insertSorted(back, backKey, nUp, hop, -key);
      else nf = insertSorted(forward, forwardKey, nf, hop, key);
    }
    for (let k = 0; k < nf; k++) bottomOff[forward[k] ?? 0] = w * ((k + 1) / (nf + 1) - 0.5);

    // Left side: back edges. Innermost track for the end whose next item is furthest right;
    // routes going up attach from the top down, routes going down from the bottom up.
    let left = w / 2;
    if (nUp + nDown > 0) {
      const slots = nUp + nDown + 1;
      for (let k = 0; k < nUp; k++) {
        const hop = back[k] ?? 0;
        bottomOff[hop] = track(w, k);
        bottomSide[hop] = (k + 1) / slots;
      }
      for (let k = 0; k < nDown; k++) {
        const hop = backDown[k] ?? 0;
        topOff[hop] = track(w, k);
        topSide[hop] = (slots - 1 - k) / slots;
      }
      left = w / 2 + SPACING.edgeNode + (Math.max(nUp, nDown) - 1) * SPACING.edgeEdge;
    }
    leftExt[v] = left;

    // Right side: self-loops, nested (loop 0 innermost), labels stacked beside the outermost.
    let right = w / 2;
    let half = h / 2;
    const own = loops.get(v);
    if (own) {
      const m = own.length;
      const outer = SPACING.selfLoop + (m - 1) * SPACING.edgeEdge;
      let stack = 0;
      let labelWidth = 0;
      for (const e of own) {
        if (graph.hasLabel[e] !== 1) continue;
        stack += (stack > 0 ? SPACING.edgeLabel : 0) + (graph.labelHeight[e] ?? 0);
        labelWidth = Math.max(labelWidth, graph.labelWidth[e] ?? 0);
      }
      let y = -stack / 2;
      own.forEach((e, k) => {
        loopDistance[e] = SPACING.selfLoop + k * SPACING.edgeEdge;
        loopOut[e] = (m - k) / (2 * m + 1);
        loopIn[e] = (m + k + 1) / (2 * m + 1);
        if (graph.hasLabel[e] !== 1) return;
        loopLabelDx[e] = outer + SPACING.edgeLabel;
        loopLabelDy[e] = y;
        y += (graph.labelHeight[e] ?? 0) + SPACING.edgeLabel;
      });
      right = w / 2 + outer + (labelWidth > 0 ? SPACING.edgeLabel + labelWidth : 0);
      half = Math.max(half, stack / 2);
    }
    rightExt[v] = right;
    halfHeight[v] = half;
  }
  return {
    topOff,
    bottomOff,
    topSide,
    bottomSide,
    leftExt,
    rightExt,
    halfHeight,
    loopDistance,
    loopOut,
    loopIn,
    loopLabelDx,
    loopLabelDy,
  };
}

/** Inserts `hop` with `key` into the sorted list `hops[0 .. n)`; returns the new length. */
function insertSorted(hops: Int32Array, keys: Float64Array, n: number, hop: number, key: number): number {
  let i = n - 1;
  for (; i >= 0 && (keys[i] ?? 0) > key; i--) {
    hops[i + 1] = hops[i] ?? 0;
    keys[i + 1] = keys[i] ?? 0;
  }
  hops[i + 1] = hop;
  keys[i + 1] = key;
  return n + 1;
}
