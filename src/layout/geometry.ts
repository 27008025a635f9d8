/** Small, pure axis-aligned geometry helpers shared by the router and the tests. */
import type { Box, LaidOutEdge, LaidOutNode, XY } from './protocol';

/** True when the interiors of `a` and `b` intersect by more than `tolerance` px on both axes. */
export function boxesOverlap(a: Box, b: Box, tolerance = 0): boolean {
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}

/** True when `p` lies on the border of `box` (within `tolerance` px). */
export function isOnBorder(p: XY, box: Box, tolerance = 1): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const withinX = p.x >= box.x - tolerance && p.x <= right + tolerance;
  const withinY = p.y >= box.y - tolerance && p.y <= bottom + tolerance;
  const onVertical = withinY && (Math.abs(p.x - box.x) <= tolerance || Math.abs(p.x - right) <= tolerance);
  const onHorizontal =
    withinX && (Math.abs(p.y - box.y) <= tolerance || Math.abs(p.y - bottom) <= tolerance);
  return onVertical || onHorizontal;
}

/** True when every segment of the polyline is horizontal or vertical (within `tolerance` px). */
export function isOrthogonal(points: readonly XY[], tolerance = 0.5): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) return false;
    if (Math.abs(a.x - b.x) > tolerance && Math.abs(a.y - b.y) > tolerance) return false;
  }
  return true;
}

/** True when the axis-aligned segment `a`–`b` passes through the interior of `box`. */
export function segmentCrossesBox(a: XY, b: XY, box: Box, inset = 0.5): boolean {
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return maxX > left && minX < right && maxY > top && minY < bottom;
}

/** Total length of a polyline. */
export function polylineLength(points: readonly XY[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) total += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return total;
}

/** The point halfway along a polyline (by length). */
export function polylineMidpoint(points: readonly XY[]): XY {
  const first = points[0];
  if (!first) return { x: 0, y: 0 };
  let remaining = polylineLength(points) / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len >= remaining && len > 0) {
      const t = remaining / len;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    remaining -= len;
  }
  return points[points.length - 1] ?? first;
}

/** Drops repeated points and middle points of straight runs; keeps the first and last point. */
export function simplifyPolyline(points: readonly XY[], tolerance = 0.01): XY[] {
  const out: XY[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) <= tolerance && Math.abs(last.y - p.y) <= tolerance) continue;
    const prev = out[out.length - 2];
    if (prev && last) {
      const sameX = Math.abs(prev.x - last.x) <= tolerance && Math.abs(last.x - p.x) <= tolerance;
      const sameY = Math.abs(prev.y - last.y) <= tolerance && Math.abs(last.y - p.y) <= tolerance;
      if (sameX || sameY) out.pop();
    }
    out.push(p);
  }
  if (out.length === 1 && out[0]) out.push(out[0]);
  return out;
}

/** Right/bottom extent of everything drawn (nodes, edge points, labels), at least `atLeast`. */
export function extent(
  nodes: Readonly<Record<string, LaidOutNode>>,
  edges: Readonly<Record<string, LaidOutEdge>>,
  atLeast: { readonly width: number; readonly height: number } = { width: 0, height: 0 },
): { width: number; height: number } {
  let { width, height } = atLeast;
  const grow = (x: number, y: number): void => {
    if (x > width) width = x;
    if (y > height) height = y;
  };
  for (const n of Object.values(nodes)) grow(n.x + n.width, n.y + n.height);
  for (const e of Object.values(edges)) {
    for (const p of e.points) grow(p.x, p.y);
    if (e.label) grow(e.label.x + e.label.width, e.label.y + e.label.height);
  }
  return { width, height };
}
