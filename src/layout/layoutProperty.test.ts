import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeProblems, labelOverlaps, nodeOverlaps } from './__fixtures__/checks';
import { layoutNow } from './layoutSync';
import type { LayoutDirection, LayoutEdgeInput, LayoutRequest } from './protocol';

/**
 * Random small graphs with random sizes and labels. As DAGs, edges only go from a lower to a
 * higher index; otherwise back edges and self-loops are kept too.
 */
const arbRequest = (dag: boolean): fc.Arbitrary<LayoutRequest> =>
  fc
  .record({
    direction: fc.constantFrom<LayoutDirection>('DOWN', 'RIGHT'),
    sizes: fc.array(
      fc.record({ width: fc.integer({ min: 40, max: 260 }), height: fc.integer({ min: 24, max: 90 }) }),
      { minLength: 1, maxLength: 14 },
    ),
    edges: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        label: fc.option(
          fc.record({ width: fc.integer({ min: 8, max: 240 }), height: fc.integer({ min: 10, max: 40 }) }),
          { freq: 2 },
        ),
      }),
      { maxLength: 24 },
    ),
  })
  .map(({ direction, sizes, edges }) => {
    const nodes = sizes.map((s, i) => ({ id: `n${i}`, ...s }));
    const layoutEdges: LayoutEdgeInput[] = [];
    edges.forEach(({ a, b, label }, i) => {
      const from = a % nodes.length;
      const to = b % nodes.length;
      if (dag ? from >= to : from === to && i % 3 !== 0) return;
      const id = `n${from}->n${to}#${i}`;
      layoutEdges.push(
        label ? { id, from: `n${from}`, to: `n${to}`, label: { text: 'x', ...label } } : { id, from: `n${from}`, to: `n${to}` },
      );
    });
    return { key: 'prop', direction, nodes, edges: layoutEdges };
  });

describe('layout properties', () => {
  it('random small DAGs with labels: no node/node, label/node or label/label overlaps', async () => {
    await fc.assert(
      fc.asyncProperty(arbRequest(true), async (request) => {
        const result = await layoutNow(request);
        expect(Object.keys(result.nodes)).toHaveLength(request.nodes.length);
        expect(nodeOverlaps(result)).toEqual([]);
        expect(labelOverlaps(result)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('random small graphs with cycles and self-loops: no overlaps, edges border to border', async () => {
    await fc.assert(
      fc.asyncProperty(arbRequest(false), async (request) => {
        const result = await layoutNow(request);
        expect(nodeOverlaps(result)).toEqual([]);
        expect(labelOverlaps(result)).toEqual([]);
        expect(edgeProblems(result, request)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
