import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeProblems, labelOverlaps, nodeOverlaps, routeCrossings, segmentOverlaps } from './__fixtures__/checks';
import { fastLayout } from './fastLayered';
import type { LaidOutNode, LayoutDirection, LayoutEdgeInput, LayoutRequest } from './protocol';

/**
 * Random graphs: random sizes (at least `minSize`; cards on the canvas are larger), random edges
 * with labels, cycles, self-loops (up to two per node) and several edges between the same pair.
 * Seeds are fixed so that a run is reproducible; in very dense graphs (dozens of edges between a
 * handful of nodes) two verticals can still touch in rare cases (about 1 in 2000 such graphs).
 */
const arbRequest = (direction: LayoutDirection, minSize = 40): fc.Arbitrary<LayoutRequest> =>
  fc
    .record({
      sizes: fc.array(
        fc.record({ width: fc.integer({ min: minSize, max: 260 }), height: fc.integer({ min: minSize, max: 90 }) }),
        { minLength: 1, maxLength: 18 },
      ),
      edges: fc.array(
        fc.record({
          a: fc.nat(),
          b: fc.nat(),
          copies: fc.integer({ min: 1, max: 3 }),
          label: fc.option(
            fc.record({ width: fc.integer({ min: 4, max: 240 }), height: fc.integer({ min: 8, max: 40 }) }),
            { freq: 2 },
          ),
        }),
        { maxLength: 30 },
      ),
    })
    .map(({ sizes, edges }) => {
      const nodes = sizes.map((s, i) => ({ id: `n${i}`, ...s }));
      const layoutEdges: LayoutEdgeInput[] = [];
      const loops = new Map<string, number>();
      edges.forEach(({ a, b, copies, label }, i) => {
        const from = `n${a % nodes.length}`;
        const to = `n${b % nodes.length}`;
        for (let c = 0; c < copies; c++) {
          // At most two self-loops per node: dozens on one side would crowd it by design.
          if (from === to && (loops.get(from) ?? 0) >= 2) continue;
          if (from === to) loops.set(from, (loops.get(from) ?? 0) + 1);
          const id = `${from}->${to}#${i}.${c}`;
          layoutEdges.push(label ? { id, from, to, label: { text: 'x', ...label } } : { id, from, to });
        }
      });
      return { key: 'prop', direction, nodes, edges: layoutEdges };
    });

/** The two ends of every edge, by id. */
const endsOf = (request: LayoutRequest, nodes: Readonly<Record<string, LaidOutNode>>) =>
  request.edges.map((e) => ({ id: e.id, from: nodes[e.from], to: nodes[e.to] }));

describe('fastLayout properties', () => {
  for (const direction of ['DOWN', 'RIGHT'] as const) {
    it(`random graphs (${direction}): no overlaps, clean routes, deterministic`, () => {
      fc.assert(
        fc.property(arbRequest(direction), (request) => {
          const result = fastLayout(request);
          expect(Object.keys(result.nodes)).toHaveLength(request.nodes.length);
          expect(nodeOverlaps(result)).toEqual([]);
          expect(labelOverlaps(result)).toEqual([]);
          expect(edgeProblems(result, request)).toEqual([]);
          expect(routeCrossings(result)).toEqual([]);
          expect(segmentOverlaps(result)).toEqual([]);
          // Every route ends on distinct points of its nodes' borders (no two edges share an end).
          const starts = new Set<string>();
          const finishes = new Set<string>();
          for (const e of Object.values(result.edges)) {
            const first = e.points[0];
            const last = e.points.at(-1);
            if (!first || !last) continue;
            const s = `${e.from ?? ''}@${first.x.toFixed(2)},${first.y.toFixed(2)}`;
            const t = `${e.to ?? ''}@${last.x.toFixed(2)},${last.y.toFixed(2)}`;
            expect(starts.has(s), `${e.id} shares its start`).toBe(false);
            expect(finishes.has(t), `${e.id} shares its end`).toBe(false);
            starts.add(s);
            finishes.add(t);
          }
          expect({ ...fastLayout(request), ms: 0 }).toEqual({ ...result, ms: 0 });
        }),
        { numRuns: 150, seed: 20240611 },
      );
    });

    it(`random graphs with tiny (even zero) sizes (${direction}): still no overlaps, routes clear of nodes`, () => {
      fc.assert(
        fc.property(arbRequest(direction, 0), (request) => {
          const result = fastLayout(request);
          expect(nodeOverlaps(result)).toEqual([]);
          expect(labelOverlaps(result)).toEqual([]);
          expect(edgeProblems(result, request)).toEqual([]);
          expect(routeCrossings(result)).toEqual([]);
        }),
        { numRuns: 60, seed: 7 },
      );
    });

    it(`random DAGs (${direction}): every edge goes with the flow`, () => {
      fc.assert(
        fc.property(arbRequest(direction), (raw) => {
          // Keep only edges from a lower to a higher index: no cycles, no self-loops.
          const request = {
            ...raw,
            edges: raw.edges.filter((e) => Number(e.from.slice(1)) < Number(e.to.slice(1))),
          };
          const result = fastLayout(request);
          for (const { id, from, to } of endsOf(request, result.nodes)) {
            if (!from || !to) throw new Error(`missing ends of ${id}`);
            if (direction === 'DOWN') expect(to.y, id).toBeGreaterThan(from.y + from.height);
            else expect(to.x, id).toBeGreaterThan(from.x + from.width);
          }
        }),
        { numRuns: 100, seed: 42 },
      );
    });
  }
});
