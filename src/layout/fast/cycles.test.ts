import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBackEdges } from './cycles';
import { buildGraph } from './graph';
import { parseWorkflow } from '@/model/parse';
import { drawnEdges } from '@/model/queries';
import { buildDiagram } from '@/render/diagram';

/** Back edges of a graph given as node count and "a>b" pairs, as a list of edge positions. */
function back(nodeCount: number, pairs: readonly (readonly [number, number])[]): number[] {
  const marks = findBackEdges(
    nodeCount,
    Int32Array.from(pairs.map(([a]) => a)),
    Int32Array.from(pairs.map(([, b]) => b)),
  );
  return [...marks.keys()].filter((e) => marks[e] === 1);
}

describe('findBackEdges', () => {
  it('marks nothing in a DAG', () => {
    expect(back(4, [[0, 1], [1, 2], [0, 2], [2, 3]])).toEqual([]);
  });

  it('marks the edge closing a cycle, found from the source', () => {
    expect(back(3, [[0, 1], [1, 2], [2, 0]])).toEqual([2]);
    expect(back(3, [[0, 1], [1, 2], [2, 1]])).toEqual([2]);
  });

  it('starts from the sources in node order, then from unvisited nodes', () => {
    // Node 0 and 1 form a cycle; node 2 is the only source and enters it at node 1.
    expect(back(3, [[0, 1], [1, 0], [2, 1]])).toEqual([0]);
    // No source at all: the search starts at node 0.
    expect(back(2, [[1, 0], [0, 1]])).toEqual([0]);
  });

  it('follows edges in list order', () => {
    // From 0: 0→2 first, then 2→1, and 1→2 closes the cycle.
    expect(back(3, [[0, 2], [0, 1], [1, 2], [2, 1]])).toEqual([2]);
  });

  it('never marks self-loops (they are drawn apart)', () => {
    expect(back(2, [[0, 0], [0, 1], [1, 1]])).toEqual([]);
  });

  it('is iterative: a 50 000-node cycle does not overflow the stack', () => {
    const n = 50_000;
    const pairs = Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as const);
    expect(back(n, pairs)).toEqual([n - 1]);
  });

  it('agrees with the simulator (findBackEdges in src/model/queries.ts) on random workflows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
        (n, raw) => {
          const pairs = raw.map(([a, b]) => [a % n, b % n] as const);
          const yaml = [
            'osop_version: "1.0"',
            'id: random',
            'name: Random',
            'nodes:',
            ...Array.from({ length: n }, (_, i) => `  - { id: n${i}, type: cli, purpose: "step ${i}" }`),
            ...(pairs.length > 0 ? ['edges:', ...pairs.map(([a, b]) => `  - { from: n${a}, to: n${b} }`)] : []),
          ].join('\n');
          const { graph } = parseWorkflow(yaml);
          if (!graph) throw new Error('did not parse');
          const { request } = buildDiagram(graph, 'DOWN');
          const indexed = buildGraph(request);
          const marks = findBackEdges(indexed.ids.length, indexed.from, indexed.to);
          const ours = indexed.edgeIds.filter((_, e) => marks[e] === 1 || indexed.from[e] === indexed.to[e]);
          const theirs = drawnEdges(graph).filter((e) => e.isBackEdge).map((e) => e.id);
          expect(ours.sort()).toEqual(theirs.sort());
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});
