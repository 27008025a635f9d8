import { describe, expect, it } from 'vitest';
import { layoutProblems } from './__fixtures__/checks';
import { layoutNow } from './layoutSync';
import { WARMUP_PLAN, warmupGraph } from './warmup';

describe('warm-up graphs', () => {
  it('are deterministic, well-formed and lay out cleanly', async () => {
    expect(warmupGraph(30, 4)).toEqual(warmupGraph(30, 4));
    for (const { request } of WARMUP_PLAN.slice(0, 2)) {
      const ids = new Set(request.nodes.map((n) => n.id));
      for (const e of request.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
      expect(request.edges.some((e) => e.from === e.to)).toBe(true);
      expect(request.edges.some((e) => e.label)).toBe(true);
      const result = await layoutNow(request);
      expect(layoutProblems(result, request)).toEqual([]);
    }
  });
});
