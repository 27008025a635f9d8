/**
 * A simple orthogonal router for edges whose ends were moved away from where ELK put them
 * (pinned nodes). It leaves the source through its bottom side (DOWN) or right side (RIGHT) and
 * enters the target through its top (DOWN) or left (RIGHT) side, going around both boxes when
 * the target is not ahead of the source.
 */
import { polylineLength, segmentCrossesBox, simplifyPolyline } from './geometry';
import type { Box, LayoutDirection, XY } from './protocol';

/** Where on the exit/entry side the route attaches (0 = start of the side, 1 = end; default ½) and the clearance. */
export interface RouteOptions {
  readonly sourceAt?: number;
  readonly targetAt?: number;
  /** Length of the straight stubs at both ends and clearance around the boxes (px, default 20). */
  readonly gap?: number;
}

const transpose = (b: Box): Box => ({ x: b.y, y: b.x, width: b.height, height: b.width });
const flip = (p: XY): XY => ({ x: p.y, y: p.x });

/**
 * An orthogonal polyline from the source's exit side to the target's entry side, avoiding the
 * interiors of both boxes whenever they do not overlap each other. The first point lies on the
 * source's border, the last on the target's.
 */
export function routeOrthogonal(
  source: Box,
  target: Box,
  direction: LayoutDirection,
  options: RouteOptions = {},
): XY[] {
  if (direction === 'RIGHT') {
    return routeDown(transpose(source), transpose(target), options).map(flip);
  }
  return routeDown(source, target, options);
}

const clamp01 = (t: number | undefined): number =>
  t === undefined || !Number.isFinite(t) ? 0.5 : Math.min(1, Math.max(0, t));

function routeDown(s: Box, t: Box, options: RouteOptions): XY[] {
  const gap = options.gap ?? 20;
  const sx = s.x + s.width * clamp01(options.sourceAt);
  const sy = s.y + s.height;
  const tx = t.x + t.width * clamp01(options.targetAt);
  const ty = t.y;
  if (ty > sy) {
    const my = (sy + ty) / 2;
    return simplifyPolyline([
      { x: sx, y: sy },
      { x: sx, y: my },
      { x: tx, y: my },
      { x: tx, y: ty },
    ]);
  }
  // The target is not below the source: go down, sideways past both boxes, up, and in from above.
  const tightBelow = sy + gap;
  const tightAbove = ty - gap;
  const looseBelow = Math.max(sy, t.y + t.height) + gap;
  const looseAbove = Math.min(ty, s.y) - gap;
  const rightX = Math.max(s.x + s.width, t.x + t.width) + gap;
  const leftX = Math.min(s.x, t.x) - gap;
  const candidates: XY[][] = [];
  for (const side of [rightX, leftX]) {
    for (const [below, above] of [
      [tightBelow, tightAbove],
      [looseBelow, looseAbove],
    ] as const) {
      candidates.push(
        simplifyPolyline([
          { x: sx, y: sy },
          { x: sx, y: below },
          { x: side, y: below },
          { x: side, y: above },
          { x: tx, y: above },
          { x: tx, y: ty },
        ]),
      );
    }
  }
  const clear = candidates.filter((route) => !crossesEither(route, s, t));
  const pool = clear.length > 0 ? clear : candidates;
  let best = pool[0] ?? [];
  for (const route of pool) {
    if (polylineLength(route) < polylineLength(best)) best = route;
  }
  return best;
}

function crossesEither(route: readonly XY[], s: Box, t: Box): boolean {
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1];
    const b = route[i];
    if (a && b && (segmentCrossesBox(a, b, s) || segmentCrossesBox(a, b, t))) return true;
  }
  return false;
}
