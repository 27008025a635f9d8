/** Geometric checks of a LayoutResult, shared by the layout tests. Each returns problems found. */
import { boxesOverlap, isOnBorder, isOrthogonal, segmentCrossesBox } from '../geometry';
import type { Box, LayoutRequest, LayoutResult } from '../protocol';

const fmt = (b: Box): string => `(${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.width}×${b.height})`;

/** Pairs of overlapping nodes (sweep over x, so it stays fast for thousands of nodes). */
export function nodeOverlaps(result: LayoutResult, tolerance = 0.5): string[] {
  const nodes = Object.values(result.nodes).sort((a, b) => a.x - b.x);
  const problems: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i];
    if (!a) continue;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j];
      if (!b || b.x >= a.x + a.width) break;
      if (boxesOverlap(a, b, tolerance)) problems.push(`nodes ${a.id} ${fmt(a)} and ${b.id} ${fmt(b)} overlap`);
    }
  }
  return problems;
}

/** Labels overlapping a node or another label. */
export function labelOverlaps(result: LayoutResult, tolerance = 0.5): string[] {
  const problems: string[] = [];
  const labels = Object.values(result.edges).flatMap((e) => (e.label ? [{ id: e.id, box: e.label }] : []));
  for (const [i, l] of labels.entries()) {
    for (const n of Object.values(result.nodes)) {
      if (boxesOverlap(l.box, n, tolerance)) problems.push(`label of ${l.id} ${fmt(l.box)} overlaps node ${n.id} ${fmt(n)}`);
    }
    for (const m of labels.slice(i + 1)) {
      if (boxesOverlap(l.box, m.box, tolerance)) problems.push(`labels of ${l.id} and ${m.id} overlap`);
    }
  }
  return problems;
}

/** Edges that are missing, not orthogonal, or do not start/end on their nodes' borders. */
export function edgeProblems(result: LayoutResult, request: LayoutRequest, tolerance = 1): string[] {
  const problems: string[] = [];
  for (const e of request.edges) {
    const laid = result.edges[e.id];
    const source = result.nodes[e.from];
    const target = result.nodes[e.to];
    if (!laid || !source || !target) {
      problems.push(`edge ${e.id} missing`);
      continue;
    }
    const first = laid.points[0];
    const last = laid.points[laid.points.length - 1];
    if (laid.points.length < 2 || !first || !last) problems.push(`edge ${e.id} has < 2 points`);
    else {
      if (!isOnBorder(first, source, tolerance)) problems.push(`edge ${e.id} starts off ${e.from}'s border at (${first.x},${first.y}) ${fmt(source)}`);
      if (!isOnBorder(last, target, tolerance)) problems.push(`edge ${e.id} ends off ${e.to}'s border at (${last.x},${last.y}) ${fmt(target)}`);
    }
    if (!isOrthogonal(laid.points)) problems.push(`edge ${e.id} is not orthogonal`);
    if (laid.from !== e.from || laid.to !== e.to) problems.push(`edge ${e.id} has wrong ends`);
    if (e.label && !laid.label) problems.push(`edge ${e.id} lost its label`);
  }
  return problems;
}

/** All of the above. */
export function layoutProblems(result: LayoutResult, request: LayoutRequest): string[] {
  return [...nodeOverlaps(result), ...labelOverlaps(result), ...edgeProblems(result, request)];
}

/**
 * Route segments that pass through the interior of a node box (any node, the edge's own ends
 * included: routes must leave and enter through the border). Uses a coarse grid of node boxes
 * so that it stays fast for thousands of nodes.
 */
export function routeCrossings(result: LayoutResult, inset = 0.5): string[] {
  const cell = 256;
  const grid = new Map<string, LaidOutNodeLike[]>();
  const cells = (x0: number, y0: number, x1: number, y1: number): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(x0 / cell); cx <= Math.floor(x1 / cell); cx++) {
      for (let cy = Math.floor(y0 / cell); cy <= Math.floor(y1 / cell); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  for (const n of Object.values(result.nodes)) {
    for (const k of cells(n.x, n.y, n.x + n.width, n.y + n.height)) {
      const list = grid.get(k);
      if (list) list.push(n);
      else grid.set(k, [n]);
    }
  }
  const problems: string[] = [];
  for (const e of Object.values(result.edges)) {
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1];
      const b = e.points[i];
      if (!a || !b) continue;
      const seen = new Set<LaidOutNodeLike>();
      for (const k of cells(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y))) {
        for (const n of grid.get(k) ?? []) {
          if (seen.has(n)) continue;
          seen.add(n);
          if (segmentCrossesBox(a, b, n, inset)) {
            problems.push(`edge ${e.id} segment (${a.x.toFixed(1)},${a.y.toFixed(1)})–(${b.x.toFixed(1)},${b.y.toFixed(1)}) crosses node ${n.id} ${fmt(n)}`);
          }
        }
      }
    }
  }
  return problems;
}

type LaidOutNodeLike = Box & { readonly id: string };

/**
 * Pairs of segments of different edges that run along each other (same line, overlapping by
 * more than `tolerance` px): parallel segments must not coincide.
 */
export function segmentOverlaps(result: LayoutResult, tolerance = 1): string[] {
  interface Run {
    readonly edge: string;
    readonly line: number;
    readonly lo: number;
    readonly hi: number;
  }
  const horizontal: Run[] = [];
  const vertical: Run[] = [];
  for (const e of Object.values(result.edges)) {
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1];
      const b = e.points[i];
      if (!a || !b) continue;
      if (Math.abs(a.y - b.y) < 0.01) horizontal.push({ edge: e.id, line: a.y, lo: Math.min(a.x, b.x), hi: Math.max(a.x, b.x) });
      else if (Math.abs(a.x - b.x) < 0.01) vertical.push({ edge: e.id, line: a.x, lo: Math.min(a.y, b.y), hi: Math.max(a.y, b.y) });
    }
  }
  const problems: string[] = [];
  for (const [name, runs] of [['horizontal', horizontal], ['vertical', vertical]] as const) {
    const sorted = [...runs].sort((p, q) => p.line - q.line || p.lo - q.lo);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      if (!a) continue;
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j];
        if (!b || b.line - a.line > 0.5) break;
        if (a.edge !== b.edge && Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo) > tolerance) {
          problems.push(`${name} segments of ${a.edge} and ${b.edge} coincide at ${a.line.toFixed(1)}`);
        }
      }
    }
  }
  return problems;
}
