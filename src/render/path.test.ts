import { describe, expect, it } from 'vitest';
import { midpoint, roundedPath } from './path';

describe('roundedPath', () => {
  it('draws a straight line for two points', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 100 }])).toBe('M0,0L0,100');
  });
  it('rounds a corner without overshooting short segments', () => {
    const d = roundedPath([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 50, y: 10 }], 8);
    expect(d).toBe('M0,0L0,5Q0,10 5,10L50,10');
  });
  it('returns an empty path for no points', () => {
    expect(roundedPath([])).toBe('');
  });
});

describe('midpoint', () => {
  it('finds the middle by length along a bent line', () => {
    expect(midpoint([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 30, y: 10 }])).toEqual({ x: 10, y: 10 });
  });
});
