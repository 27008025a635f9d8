import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPACING } from '../elkOptions';
import { assignTracks } from './tracks';

/** Crossings between horizontal segments and the verticals of the others, for given tracks. */
function crossings(start: number[], end: number[], track: ArrayLike<number>): number {
  let total = 0;
  for (let a = 0; a < start.length; a++) {
    for (let b = 0; b < start.length; b++) {
      if (a === b) continue;
      const lo = Math.min(start[a] ?? 0, end[a] ?? 0);
      const hi = Math.max(start[a] ?? 0, end[a] ?? 0);
      const ta = track[a] ?? 0;
      const tb = track[b] ?? 0;
      // b's upper vertical (above tb) at start[b], b's lower vertical (below tb) at end[b].
      if (tb > ta && (start[b] ?? 0) > lo && (start[b] ?? 0) < hi) total++;
      if (tb < ta && (end[b] ?? 0) > lo && (end[b] ?? 0) < hi) total++;
    }
  }
  return total;
}

describe('assignTracks', () => {
  it('lets segments far apart share one track', () => {
    const { track, count } = assignTracks([0, 100, 300], [50, 200, 250], 3);
    expect(count).toBe(1);
    expect([...track]).toEqual([0, 0, 0]);
  });

  it('gives overlapping segments (or closer than the edge spacing) their own tracks', () => {
    expect(assignTracks([0, 50 + SPACING.edgeEdge - 1], [50, 120], 2).count).toBe(2);
    expect(assignTracks([0, 50 + SPACING.edgeEdge + 1], [50, 120], 2).count).toBe(1);
  });

  it('stacks segments going the same way without crossings', () => {
    const start = [0, 20, 40, 60];
    const end = [100, 120, 140, 160];
    const { track } = assignTracks(start, end, 4);
    expect(crossings(start, end, track)).toBe(0);
    const left = [100, 120, 140, 160];
    const to = [0, 20, 40, 60];
    expect(crossings(left, to, assignTracks(left, to, 4).track)).toBe(0);
  });

  it('keeps a vertical from running along another one: the segment leaving from x goes above the one arriving at x', () => {
    // a arrives at 100 (its lower vertical starts at its track); b leaves from 100.
    const { track } = assignTracks([0, 100], [100, 200], 2);
    expect(track[1]).toBeLessThan(track[0] ?? 0);
  });

  it('always separates overlapping segments (random channels)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })), { maxLength: 40 }), (segments) => {
        const start = segments.map(([s]) => s);
        const end = segments.map(([, e]) => e);
        const { track, count } = assignTracks(start, end, segments.length);
        for (let a = 0; a < segments.length; a++) {
          expect(track[a]).toBeGreaterThanOrEqual(0);
          expect(track[a]).toBeLessThan(Math.max(1, count));
          for (let b = a + 1; b < segments.length; b++) {
            const overlap =
              Math.min(Math.max(start[a] ?? 0, end[a] ?? 0), Math.max(start[b] ?? 0, end[b] ?? 0)) + SPACING.edgeEdge >
              Math.max(Math.min(start[a] ?? 0, end[a] ?? 0), Math.min(start[b] ?? 0, end[b] ?? 0));
            if (overlap) expect(track[a]).not.toBe(track[b]);
          }
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
