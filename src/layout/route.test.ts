import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, isOnBorder, isOrthogonal, segmentCrossesBox } from './geometry';
import type { Box, LayoutDirection, XY } from './protocol';
import { routeOrthogonal } from './route';

const box = (x: number, y: number, width = 100, height = 40): Box => ({ x, y, width, height });

function crossings(points: readonly XY[], boxes: readonly Box[]): number {
  let n = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) n += boxes.filter((bx) => segmentCrossesBox(a, b, bx)).length;
  }
  return n;
}

function expectGoodRoute(s: Box, t: Box, direction: LayoutDirection): XY[] {
  const points = routeOrthogonal(s, t, direction);
  const first = points[0];
  const last = points.at(-1);
  expect(points.length).toBeGreaterThanOrEqual(2);
  expect(isOrthogonal(points)).toBe(true);
  if (!first || !last) throw new Error('no points');
  if (direction === 'DOWN') {
    expect(first.y).toBeCloseTo(s.y + s.height); // leaves through the bottom
    expect(last.y).toBeCloseTo(t.y); // enters through the top
  } else {
    expect(first.x).toBeCloseTo(s.x + s.width); // leaves through the right side
    expect(last.x).toBeCloseTo(t.x); // enters through the left side
  }
  expect(isOnBorder(first, s)).toBe(true);
  expect(isOnBorder(last, t)).toBe(true);
  if (!boxesOverlap(s, t)) expect(crossings(points, [s, t])).toBe(0);
  return points;
}

describe('routeOrthogonal', () => {
  it('goes straight down when the target is right below', () => {
    expect(routeOrthogonal(box(0, 0), box(0, 100), 'DOWN')).toEqual([
      { x: 50, y: 40 },
      { x: 50, y: 100 },
    ]);
  });

  it('makes a Z when the target is below and to the side', () => {
    expect(routeOrthogonal(box(0, 0), box(200, 100), 'DOWN')).toEqual([
      { x: 50, y: 40 },
      { x: 50, y: 70 },
      { x: 250, y: 70 },
      { x: 250, y: 100 },
    ]);
  });

  it('goes around both boxes when the target is above, beside or level', () => {
    for (const t of [box(0, -200), box(300, 0), box(-300, 10), box(60, -20), box(0, 30, 300, 20)]) {
      expectGoodRoute(box(0, 0), t, 'DOWN');
    }
  });

  it('routes a self-loop around the node', () => {
    const points = expectGoodRoute(box(0, 0), box(0, 0), 'DOWN');
    expect(points.length).toBeGreaterThan(2);
  });

  it('uses the right/left sides for RIGHT', () => {
    expect(routeOrthogonal(box(0, 0), box(200, 0), 'RIGHT')).toEqual([
      { x: 100, y: 20 },
      { x: 200, y: 20 },
    ]);
    for (const t of [box(200, 100), box(-300, 0), box(0, 100), box(0, 0)]) {
      expectGoodRoute(box(0, 0), t, 'RIGHT');
    }
  });

  it('honours attachment fractions', () => {
    const points = routeOrthogonal(box(0, 0), box(0, 100), 'DOWN', { sourceAt: 0.25, targetAt: 0.75 });
    expect(points[0]).toEqual({ x: 25, y: 40 });
    expect(points.at(-1)).toEqual({ x: 75, y: 100 });
  });

  it('never crosses its own ends for any pair of disjoint boxes (property)', () => {
    const arbBox = fc
      .record({
        x: fc.integer({ min: -500, max: 500 }),
        y: fc.integer({ min: -500, max: 500 }),
        width: fc.integer({ min: 10, max: 300 }),
        height: fc.integer({ min: 10, max: 120 }),
      })
      .map((b): Box => b);
    fc.assert(
      fc.property(arbBox, arbBox, fc.constantFrom<LayoutDirection>('DOWN', 'RIGHT'), (s, t, dir) => {
        fc.pre(!boxesOverlap(s, t));
        const points = routeOrthogonal(s, t, dir);
        const first = points[0];
        const last = points.at(-1);
        return (
          isOrthogonal(points) &&
          first !== undefined &&
          last !== undefined &&
          isOnBorder(first, s) &&
          isOnBorder(last, t) &&
          crossings(points, [s, t]) === 0
        );
      }),
      { numRuns: 500 },
    );
  });
});
