import { describe, expect, it } from 'vitest';
import {
  edgeProblems,
  labelOverlaps,
  layoutProblems,
  nodeOverlaps,
  routeCrossings,
  segmentOverlaps,
} from './__fixtures__/checks';
import { k8sRollout, layeredWorkflow, tricky } from './__fixtures__/workflows';
import { SPACING } from './elkOptions';
import { fastLayout } from './fastLayered';
import type { LaidOutNode, LayoutDirection, LayoutRequest, LayoutResult, XY } from './protocol';

/** Every property the fast layout promises, as a list of problems. */
function allProblems(result: LayoutResult, request: LayoutRequest): string[] {
  return [...layoutProblems(result, request), ...routeCrossings(result), ...segmentOverlaps(result)];
}

function ends(result: LayoutResult, id: string): [LaidOutNode, LaidOutNode] {
  const edge = result.edges[id];
  const from = edge?.from === undefined ? undefined : result.nodes[edge.from];
  const to = edge?.to === undefined ? undefined : result.nodes[edge.to];
  if (!from || !to) throw new Error(`edge ${id} not laid out`);
  return [from, to];
}

const points = (result: LayoutResult, id: string): readonly XY[] => result.edges[id]?.points ?? [];

/** Which side of `box` the point `p` lies on. */
function side(p: XY | undefined, box: LaidOutNode): 'top' | 'bottom' | 'left' | 'right' | 'none' {
  if (!p) return 'none';
  if (Math.abs(p.y - box.y) < 0.5) return 'top';
  if (Math.abs(p.y - (box.y + box.height)) < 0.5) return 'bottom';
  if (Math.abs(p.x - box.x) < 0.5) return 'left';
  if (Math.abs(p.x - (box.x + box.width)) < 0.5) return 'right';
  return 'none';
}

const FORWARD = ['start->build', 'build->test', 'test->deploy', 'test->deploy#1', 'deploy->done', 'start->done'];

describe('fastLayout', () => {
  for (const direction of ['DOWN', 'RIGHT'] as const) {
    describe(`a cycle, a self-loop, parallel edges and labels (${direction})`, () => {
      const request = tricky(direction);
      const result = fastLayout(request);

      it('has no overlaps, routes border to border, orthogonal, clear of nodes and of each other', () => {
        expect(allProblems(result, request)).toEqual([]);
      });

      it('places successors after their predecessors', () => {
        for (const id of FORWARD) {
          const [from, to] = ends(result, id);
          if (direction === 'DOWN') expect(to.y, id).toBeGreaterThanOrEqual(from.y + from.height + SPACING.edgeNodeBetweenLayers);
          else expect(to.x, id).toBeGreaterThanOrEqual(from.x + from.width + SPACING.edgeNodeBetweenLayers);
        }
      });

      it('leaves forward edges through the far side and enters through the near side', () => {
        const [out, into] = direction === 'DOWN' ? (['bottom', 'top'] as const) : (['right', 'left'] as const);
        for (const id of FORWARD) {
          const [from, to] = ends(result, id);
          expect(side(points(result, id)[0], from), id).toBe(out);
          expect(side(points(result, id).at(-1), to), id).toBe(into);
        }
      });

      it('draws the back edge against the flow along the side of both nodes', () => {
        const [test, build] = ends(result, 'test->build');
        const route = points(result, 'test->build');
        const expected = direction === 'DOWN' ? 'left' : 'top';
        expect(side(route[0], test)).toBe(expected);
        expect(side(route.at(-1), build)).toBe(expected);
        // It runs outside both boxes on that side.
        const beside = direction === 'DOWN' ? Math.min(...route.map((p) => p.x)) : Math.min(...route.map((p) => p.y));
        const edge = direction === 'DOWN' ? Math.min(test.x, build.x) : Math.min(test.y, build.y);
        expect(beside).toBeLessThan(edge);
      });

      it('draws the self-loop as a loop beside its node, with its label next to it', () => {
        const loop = result.edges['test->test'];
        const test = result.nodes.test;
        if (!loop?.label || !test) throw new Error('self-loop missing');
        expect(loop.points).toHaveLength(4);
        const expected = direction === 'DOWN' ? 'right' : 'bottom';
        expect(side(loop.points[0], test)).toBe(expected);
        expect(side(loop.points[3], test)).toBe(expected);
        expect(loop.points[0]).not.toEqual(loop.points[3]);
        if (direction === 'DOWN') expect(loop.label.x).toBeGreaterThan(Math.max(...loop.points.map((p) => p.x)));
        else expect(loop.label.y).toBeGreaterThan(Math.max(...loop.points.map((p) => p.y)));
      });

      it('keeps two edges between the same pair apart at both ends', () => {
        const a = points(result, 'test->deploy');
        const b = points(result, 'test->deploy#1');
        expect(a[0]).not.toEqual(b[0]);
        expect(a.at(-1)).not.toEqual(b.at(-1));
      });

      it('puts labels on their edges (the route passes through the label box)', () => {
        for (const e of Object.values(result.edges)) {
          if (!e.label || e.from === e.to) continue;
          const l = e.label;
          const through = e.points.some((p, i) => {
            const q = e.points[i + 1];
            if (!q) return false;
            const vertical = direction === 'DOWN';
            return vertical
              ? Math.abs(p.x - q.x) < 0.5 && Math.abs(p.x - (l.x + l.width / 2)) < 0.5 && Math.min(p.y, q.y) <= l.y && Math.max(p.y, q.y) >= l.y + l.height
              : Math.abs(p.y - q.y) < 0.5 && Math.abs(p.y - (l.y + l.height / 2)) < 0.5 && Math.min(p.x, q.x) <= l.x && Math.max(p.x, q.x) >= l.x + l.width;
          });
          expect(through, e.id).toBe(true);
        }
      });
    });
  }

  it('lays out the reference example cleanly in both directions, in YAML order', () => {
    for (const direction of ['DOWN', 'RIGHT'] as LayoutDirection[]) {
      const request = k8sRollout(direction);
      const result = fastLayout(request);
      expect(result.key).toBe(request.key);
      expect(Object.keys(result.nodes)).toHaveLength(9);
      expect(Object.keys(result.edges)).toHaveLength(10);
      expect(allProblems(result, request)).toEqual([]);
      for (const n of Object.values(result.nodes)) {
        expect(n.x + n.width + SPACING.padding).toBeLessThanOrEqual(result.width);
        expect(n.y + n.height + SPACING.padding).toBeLessThanOrEqual(result.height);
        expect(Math.min(n.x, n.y)).toBeGreaterThanOrEqual(SPACING.padding - 0.01);
      }
      // canary_50 comes before rollback in the YAML: it is drawn first (left/above).
      const [canary, rollback] = [result.nodes.canary_50, result.nodes.rollback];
      if (!canary || !rollback) throw new Error('missing nodes');
      if (direction === 'DOWN') expect(canary.x).toBeLessThan(rollback.x);
      else expect(canary.y).toBeLessThan(rollback.y);
      // A chain is straight: validate → apply → canary_10 share their centre line.
      const centre = (id: string): number => {
        const n = result.nodes[id];
        return n ? (direction === 'DOWN' ? n.x + n.width / 2 : n.y + n.height / 2) : NaN;
      };
      expect(centre('apply_manifests')).toBeCloseTo(centre('validate_manifests'));
      expect(centre('canary_10')).toBeCloseTo(centre('apply_manifests'));
      expect(points(result, 'validate_manifests->apply_manifests')).toHaveLength(2);
    }
  });

  it('aligns every node of a layer on the same centre line (DOWN: same centre y)', () => {
    const result = fastLayout(k8sRollout('DOWN'));
    const mid = (id: string): number => {
      const n = result.nodes[id];
      return n ? n.y + n.height / 2 : NaN;
    };
    expect(mid('full_promote')).toBeCloseTo(mid('rollback'));
  });

  it('spreads several edges entering one node side over distinct points', () => {
    const request: LayoutRequest = {
      key: 'fan-in',
      direction: 'DOWN',
      nodes: ['a', 'b', 'c', 'join'].map((id) => ({ id, width: 120, height: 40 })),
      edges: [
        { id: 'a->join', from: 'a', to: 'join' },
        { id: 'b->join', from: 'b', to: 'join' },
        { id: 'c->join', from: 'c', to: 'join' },
        { id: 'c->join#2', from: 'c', to: 'join' },
      ],
    };
    const result = fastLayout(request);
    expect(allProblems(result, request)).toEqual([]);
    const lasts = Object.values(result.edges).map((e) => e.points.at(-1)?.x);
    expect(new Set(lasts).size).toBe(4);
    // Left-to-right order of the entries follows the sources: no crossings at the node.
    const entry = (id: string): number => points(result, id).at(-1)?.x ?? NaN;
    expect(entry('a->join')).toBeLessThan(entry('b->join'));
    expect(entry('b->join')).toBeLessThan(entry('c->join'));
  });

  it('gives overlapping horizontal segments of one channel their own tracks and grows the channel', () => {
    // K2,2: a crossing no ordering avoids, so one channel holds two overlapping segments.
    const request: LayoutRequest = {
      key: 'k22',
      direction: 'DOWN',
      nodes: ['a', 'b', 'x', 'y'].map((id) => ({ id, width: 100, height: 40 })),
      edges: [
        { id: 'a->x', from: 'a', to: 'x' },
        { id: 'a->y', from: 'a', to: 'y' },
        { id: 'b->x', from: 'b', to: 'x' },
        { id: 'b->y', from: 'b', to: 'y' },
      ],
    };
    const result = fastLayout(request);
    expect(allProblems(result, request)).toEqual([]);
    const ys = new Set<number>();
    for (const e of Object.values(result.edges)) {
      e.points.forEach((p, i) => {
        const q = e.points[i + 1];
        if (q && Math.abs(p.y - q.y) < 0.01 && Math.abs(p.x - q.x) > 0.5) ys.add(Math.round(p.y));
      });
    }
    expect(ys.size).toBeGreaterThan(1);
    const [a, x] = [result.nodes.a, result.nodes.x];
    if (!a || !x) throw new Error('missing');
    expect(x.y - (a.y + a.height)).toBeGreaterThanOrEqual(2 * SPACING.edgeNodeBetweenLayers + (ys.size - 1) * SPACING.edgeEdgeBetweenLayers);
  });

  it('handles empty graphs, lone nodes, unknown ends and duplicate ids like the ELK path', () => {
    expect(fastLayout({ key: 'e', direction: 'DOWN', nodes: [], edges: [] })).toMatchObject({ key: 'e', nodes: {}, edges: {} });
    const result = fastLayout({
      key: 'odd',
      direction: 'DOWN',
      nodes: [
        { id: 'a', width: 100, height: 40 },
        { id: 'a', width: 300, height: 90 },
        { id: 'b', width: Number.NaN, height: -5 },
      ],
      edges: [
        { id: 'x', from: 'a', to: 'ghost' },
        { id: 'y', from: 'a', to: 'b' },
        { id: 'y', from: 'b', to: 'a' },
      ],
    });
    expect(result.nodes.a).toMatchObject({ width: 100, height: 40 });
    expect(result.nodes.b).toMatchObject({ width: 0, height: 0 });
    expect(Object.keys(result.edges)).toEqual(['y']);
    expect(result.edges.y).toMatchObject({ from: 'a', to: 'b' });
  });

  it('lays out a graph whose every node is on a cycle (no source)', () => {
    const request: LayoutRequest = {
      key: 'ring',
      direction: 'RIGHT',
      nodes: ['a', 'b', 'c'].map((id) => ({ id, width: 80, height: 30 })),
      edges: [
        { id: 'a->b', from: 'a', to: 'b' },
        { id: 'b->c', from: 'b', to: 'c' },
        { id: 'c->a', from: 'c', to: 'a', label: { text: 'again', width: 50, height: 18 } },
      ],
    };
    const result = fastLayout(request);
    expect(allProblems(result, request)).toEqual([]);
    const [a, b, c] = [result.nodes.a, result.nodes.b, result.nodes.c];
    if (!a || !b || !c) throw new Error('missing');
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
  });

  it('applies pins after the layout and re-routes their edges', () => {
    const request = tricky();
    const pinned: LayoutRequest = {
      ...request,
      nodes: request.nodes.map((n) => (n.id === 'deploy' ? { ...n, pinned: { x: 900, y: 40 } } : n)),
    };
    const result = fastLayout(pinned);
    const free = fastLayout(request);
    expect(result.nodes.deploy).toMatchObject({ x: 900, y: 40 });
    expect(edgeProblems(result, pinned)).toEqual([]);
    expect(result.nodes.start).toEqual(free.nodes.start);
    expect(result.edges['start->build']).toEqual(free.edges['start->build']);
  });

  it('is deterministic', () => {
    for (const request of [tricky(), layeredWorkflow(300, 7, 'RIGHT')]) {
      const a = fastLayout(request);
      const b = fastLayout(request);
      expect({ ...a, ms: 0 }).toEqual({ ...b, ms: 0 });
    }
  });

  it('lays out generated workflows of a few hundred nodes cleanly in both directions', () => {
    for (const direction of ['DOWN', 'RIGHT'] as const) {
      const request = layeredWorkflow(400, 3, direction);
      const result = fastLayout(request);
      expect(Object.keys(result.nodes)).toHaveLength(400);
      expect(nodeOverlaps(result)).toEqual([]);
      expect(labelOverlaps(result)).toEqual([]);
      expect(edgeProblems(result, request)).toEqual([]);
      expect(routeCrossings(result)).toEqual([]);
      expect(segmentOverlaps(result)).toEqual([]);
    }
  });
});
