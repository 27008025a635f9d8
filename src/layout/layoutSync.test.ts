import { describe, expect, it } from 'vitest';
import { edgeProblems, labelOverlaps, layoutProblems, nodeOverlaps } from './__fixtures__/checks';
import { k8sRollout, tricky } from './__fixtures__/workflows';
import { layoutNow } from './layoutSync';
import type { LaidOutNode, LayoutDirection, LayoutRequest, LayoutResult } from './protocol';

/** Edges that go forward in the tricky graph (the others close the cycle or loop). */
const FORWARD = ['start->build', 'build->test', 'test->deploy', 'test->deploy#1', 'deploy->done', 'start->done'];

function ends(result: LayoutResult, id: string): [LaidOutNode, LaidOutNode] {
  const edge = result.edges[id];
  const from = edge?.from === undefined ? undefined : result.nodes[edge.from];
  const to = edge?.to === undefined ? undefined : result.nodes[edge.to];
  if (!from || !to) throw new Error(`edge ${id} not laid out`);
  return [from, to];
}

describe('layoutNow', () => {
  for (const direction of ['DOWN', 'RIGHT'] as const) {
    describe(`a cycle, a self-loop, parallel edges and labels (${direction})`, () => {
      const request = tricky(direction);
      const run = () => layoutNow(request);

      it('has no overlapping nodes or labels', async () => {
        const result = await run();
        expect(nodeOverlaps(result)).toEqual([]);
        expect(labelOverlaps(result)).toEqual([]);
      });

      it('routes every edge orthogonally from border to border', async () => {
        const result = await run();
        expect(edgeProblems(result, request)).toEqual([]);
        for (const e of Object.values(result.edges)) expect(e.points.length).toBeGreaterThanOrEqual(2);
      });

      it('keeps two edges between the same pair distinguishable', async () => {
        const result = await run();
        const a = result.edges['test->deploy']?.points;
        const b = result.edges['test->deploy#1']?.points;
        expect(a?.[0]).not.toEqual(b?.[0]);
        expect(a?.at(-1)).not.toEqual(b?.at(-1));
      });

      it('places successors after their predecessors', async () => {
        const result = await run();
        for (const id of FORWARD) {
          const [from, to] = ends(result, id);
          if (direction === 'DOWN') expect(to.y, id).toBeGreaterThanOrEqual(from.y + from.height);
          else expect(to.x, id).toBeGreaterThanOrEqual(from.x + from.width);
        }
      });

      it('draws the self-loop as a real loop next to its node', async () => {
        const result = await run();
        const loop = result.edges['test->test'];
        expect(loop?.points.length).toBeGreaterThanOrEqual(4);
        expect(loop?.label).toBeDefined();
      });
    });
  }

  it('lays out the reference example cleanly in both directions', async () => {
    for (const direction of ['DOWN', 'RIGHT'] as LayoutDirection[]) {
      const request = k8sRollout(direction);
      const result = await layoutNow(request);
      expect(result.key).toBe(request.key);
      expect(Object.keys(result.nodes)).toHaveLength(9);
      expect(Object.keys(result.edges)).toHaveLength(10);
      expect(layoutProblems(result, request)).toEqual([]);
      expect(result.ms).toBeGreaterThan(0);
      for (const n of Object.values(result.nodes)) {
        expect(n.x + n.width).toBeLessThanOrEqual(result.width);
        expect(n.y + n.height).toBeLessThanOrEqual(result.height);
      }
    }
  });

  it('honours pins sent with the request and re-routes their edges', async () => {
    const request = tricky();
    const pinnedRequest: LayoutRequest = {
      ...request,
      nodes: request.nodes.map((n) => (n.id === 'deploy' ? { ...n, pinned: { x: 900, y: 40 } } : n)),
    };
    const result = await layoutNow(pinnedRequest);
    expect(result.nodes.deploy).toMatchObject({ x: 900, y: 40 });
    expect(edgeProblems(result, pinnedRequest)).toEqual([]);
    const free = await layoutNow(request);
    expect(result.nodes.start).toEqual(free.nodes.start);
    expect(result.edges['start->build']).toEqual(free.edges['start->build']);
  });

  it('handles empty graphs and lone nodes', async () => {
    expect(await layoutNow({ key: 'e', direction: 'DOWN', nodes: [], edges: [] })).toMatchObject({
      key: 'e',
      nodes: {},
      edges: {},
    });
    const one = await layoutNow({
      key: 'one',
      direction: 'DOWN',
      nodes: [{ id: 'a', width: 100, height: 40 }],
      edges: [{ id: 'x', from: 'a', to: 'ghost' }],
    });
    expect(one.nodes.a).toMatchObject({ width: 100, height: 40 });
    expect(one.edges).toEqual({});
  });

  it('is deterministic', async () => {
    const a = await layoutNow(tricky());
    const b = await layoutNow(tricky());
    expect({ ...a, ms: 0 }).toEqual({ ...b, ms: 0 });
  });
});
