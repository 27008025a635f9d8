/**
 * SVG path data for edge routes: an orthogonal polyline with rounded corners, and the point
 * halfway along it. Pure.
 */
import type { XY } from '@/model/types';

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** Path data through `points` with corners rounded by up to `radius` px. */
export function roundedPath(points: readonly XY[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${fmt(first.x)},${fmt(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1] ?? first;
    const cur = points[i] ?? first;
    const next = points[i + 1] ?? cur;
    const inLen = Math.hypot(cur.x - prev.x, cur.y - prev.y);
    const outLen = Math.hypot(next.x - cur.x, next.y - cur.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      d += `L${fmt(cur.x)},${fmt(cur.y)}`;
      continue;
    }
    const a = { x: cur.x - ((cur.x - prev.x) / inLen) * r, y: cur.y - ((cur.y - prev.y) / inLen) * r };
    const b = { x: cur.x + ((next.x - cur.x) / outLen) * r, y: cur.y + ((next.y - cur.y) / outLen) * r };
    d += `L${fmt(a.x)},${fmt(a.y)}Q${fmt(cur.x)},${fmt(cur.y)} ${fmt(b.x)},${fmt(b.y)}`;
  }
  const last = points[points.length - 1] ?? first;
  if (points.length > 1) d += `L${fmt(last.x)},${fmt(last.y)}`;
  return d;
}

/** The point halfway along the polyline (by length). */
export function midpoint(points: readonly XY[]): XY {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) total += Math.hypot(b.x - a.x, b.y - a.y);
  }
  let left = total / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len >= left && len > 0) return { x: a.x + ((b.x - a.x) * left) / len, y: a.y + ((b.y - a.y) * left) / len };
    left -= len;
  }
  return points[0] ?? { x: 0, y: 0 };
}
