import { describe, expect, it } from 'vitest';
import { layoutProblems } from './__fixtures__/checks';
import { tricky } from './__fixtures__/workflows';
import { isOrthogonal } from './geometry';
import { layoutNow } from './layoutSync';
import { applyPins, layoutPinned } from './pins';
import type { LayoutRequest, LayoutResult } from './protocol';

const base: LayoutResult = {
  key: 'k',
  width: 300,
  height: 300,
  ms: 5,
  nodes: {
    a: { id: 'a', x: 0, y: 0, width: 100, height: 40 },
    b: { id: 'b', x: 0, y: 100, width: 100, height: 40 },
    c: { id: 'c', x: 200, y: 100, width: 100, height: 40 },
  },
  edges: {
    ab: { id: 'ab', from: 'a', to: 'b', points: [{ x: 50, y: 40 }, { x: 50, y: 100 }] },
    ac: {
      id: 'ac',
      from: 'a',
      to: 'c',
      points: [{ x: 60, y: 40 }, { x: 60, y: 70 }, { x: 250, y: 70 }, { x: 250, y: 100 }],
      label: { x: 100, y: 60, width: 40, height: 20 },
    },
    bb: { id: 'bb', from: 'b', to: 'b', points: [{ x: 0, y: 110 }, { x: -10, y: 110 }, { x: -10, y: 130 }, { x: 0, y: 130 }] },
  },
};

describe('applyPins', () => {
  it('returns the result unchanged when nothing moves', () => {
    expect(applyPins(base, {}, 'DOWN')).toBe(base);
    expect(applyPins(base, { a: { x: 0, y: 0 }, ghost: { x: 5, y: 5 } }, 'DOWN')).toBe(base);
    expect(applyPins(base, { a: { x: Number.NaN, y: 3 } }, 'DOWN')).toBe(base);
  });

  it('moves pinned nodes and re-routes only the edges touching them', () => {
    const result = applyPins(base, { c: { x: 400, y: -200 } }, 'DOWN');
    expect(result.nodes.c).toEqual({ id: 'c', x: 400, y: -200, width: 100, height: 40 });
    expect(result.edges.ab).toBe(base.edges.ab);
    expect(result.edges.bb).toBe(base.edges.bb);
    const ac = result.edges.ac;
    expect(ac && isOrthogonal(ac.points)).toBe(true);
    expect(ac?.points[0]).toEqual({ x: 50, y: 40 }); // bottom centre of a
    expect(ac?.points.at(-1)).toEqual({ x: 450, y: -200 }); // top centre of c
    expect(ac?.label).toMatchObject({ width: 40, height: 20 });
    expect(result.ms).toBe(5);
  });

  it('spreads several re-routed edges over a shared side', () => {
    const result = applyPins(base, { a: { x: 100, y: -100 } }, 'DOWN');
    const starts = [result.edges.ab?.points[0], result.edges.ac?.points[0]];
    expect(starts[0]?.x).not.toBe(starts[1]?.x);
    expect(new Set(starts.map((p) => p?.y))).toEqual(new Set([-60]));
  });
});

describe('all nodes pinned', () => {
  const pinned = (direction: 'DOWN' | 'RIGHT'): LayoutRequest => {
    const request = tricky(direction);
    return {
      ...request,
      nodes: request.nodes.map((n, i) => ({ ...n, pinned: { x: (i % 2) * 400, y: i * 150 } })),
    };
  };

  for (const direction of ['DOWN', 'RIGHT'] as const) {
    it(`places every node at its pin and routes every edge orthogonally (${direction})`, async () => {
      const request = pinned(direction);
      for (const result of [layoutPinned(request), await layoutNow(request)]) {
        for (const n of request.nodes) expect(result.nodes[n.id]).toMatchObject(n.pinned ?? {});
        const problems = layoutProblems(result, request).filter((p) => !p.startsWith('label'));
        expect(problems).toEqual([]);
      }
    });
  }

  it('re-routes edges when ELK ran and every node is then pinned', async () => {
    const request = tricky();
    const elk = await layoutNow(request);
    const pins = Object.fromEntries(request.nodes.map((n, i) => [n.id, { x: i * 300, y: 0 }]));
    const result = applyPins(elk, pins, 'DOWN');
    expect(layoutProblems(result, request).filter((p) => !p.startsWith('label'))).toEqual([]);
  });
});
