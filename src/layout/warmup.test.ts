import { describe, expect, it } from 'vitest';
import { layoutProblems } from './__fixtures__/checks';
import { fastLayout } from './fastLayered';
import { layoutNow } from './layoutSync';
import { WARMUP_REQUEST, warmupGraph } from './warmup';

describe('warm-up graphs', () => {
  it('are deterministic, well-formed and lay out cleanly with ELK and the fast layout', async () => {
    expect(warmupGraph(30, 4)).toEqual(warmupGraph(30, 4));
    for (const request of [WARMUP_REQUEST, warmupGraph(30)]) {
      const ids = new Set(request.nodes.map((n) => n.id));
      for (const e of request.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
      expect(request.edges.some((e) => e.from === e.to)).toBe(true);
      expect(request.edges.some((e) => e.label)).toBe(true);
      expect(layoutProblems(await layoutNow(request), request)).toEqual([]);
      expect(layoutProblems(fastLayout(request), request)).toEqual([]);
    }
  });

  it('is a tiny graph (the worker warms up with one small ELK layout only)', () => {
    expect(WARMUP_REQUEST.nodes.length).toBeLessThanOrEqual(10);
  });
});
