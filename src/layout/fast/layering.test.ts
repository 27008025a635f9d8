import { describe, expect, it } from 'vitest';
import { findBackEdges } from './cycles';
import { buildGraph } from './graph';
import { buildGrid, EDGE_DUMMY, LABEL_DUMMY, longestPathRanks, NODE } from './layering';
import type { LayoutEdgeInput, LayoutRequest } from '../protocol';

const label = { text: 'l', width: 30, height: 12 };

/** `list[i]`, failing the test when it is out of range. */
function at(list: ArrayLike<number>, i: number | undefined): number {
  const value = i === undefined ? undefined : list[i];
  if (value === undefined) throw new Error(`no entry ${String(i)}`);
  return value;
}

function request(nodes: string[], edges: [string, string, boolean?][]): LayoutRequest {
  return {
    key: 't',
    direction: 'DOWN',
    nodes: nodes.map((id) => ({ id, width: 100, height: 40 })),
    edges: edges.map(([from, to, labelled], i): LayoutEdgeInput => {
      const id = `${from}->${to}#${i}`;
      return labelled ? { id, from, to, label } : { id, from, to };
    }),
  };
}

function layered(req: LayoutRequest) {
  const graph = buildGraph(req);
  const n = graph.ids.length;
  const back = findBackEdges(n, graph.from, graph.to);
  const rank = longestPathRanks(n, graph.from, graph.to, back);
  return { graph, back, rank, grid: buildGrid(graph, rank, back) };
}

describe('longestPathRanks', () => {
  it('puts every node one below its lowest predecessor, sources on top', () => {
    const { rank } = layered(request(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'c'], ['c', 'e']]));
    expect([...rank]).toEqual([0, 1, 2, 0, 3]);
  });

  it('counts back edges reversed and ignores self-loops', () => {
    const { rank, back } = layered(request(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a'], ['b', 'b']]));
    expect([...back]).toEqual([0, 0, 1, 0]);
    expect([...rank]).toEqual([0, 1, 2]);
  });
});

describe('buildGrid', () => {
  it('adds a label layer only below ranks that labelled edges leave', () => {
    const { grid } = layered(request(['a', 'b', 'c'], [['a', 'b', true], ['b', 'c']]));
    expect([...grid.isLabelLayer]).toEqual([0, 1, 0, 0]);
    expect([...grid.itemLayer.slice(0, 3)]).toEqual([0, 2, 3]);
  });

  it('gives long edges one dummy per crossed layer, the label dummy right below the source', () => {
    const { grid } = layered(request(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['a', 'c', true]]));
    // Layers: a | label | b | c — a→c crosses the label layer and b's layer.
    expect(grid.layerCount).toBe(4);
    const chain = [...grid.chainItems.slice(grid.chainStart[2], grid.chainStart[3])];
    expect(chain).toHaveLength(4);
    expect(chain[0]).toBe(0);
    expect(chain[3]).toBe(2);
    expect(chain.slice(1, 3).map((i) => grid.itemKind[i])).toEqual([LABEL_DUMMY, EDGE_DUMMY]);
    expect(chain.map((i) => grid.itemLayer[i])).toEqual([0, 1, 2, 3]);
    // The unlabelled a→b also crosses the label layer.
    expect(at(grid.chainStart, 1) - at(grid.chainStart, 0)).toBe(3);
  });

  it('chains reversed edges from their layered source and gives self-loops no chain', () => {
    const { grid } = layered(request(['a', 'b'], [['a', 'b'], ['b', 'a', true], ['a', 'a']]));
    const chain = [...grid.chainItems.slice(grid.chainStart[1], grid.chainStart[2])];
    expect(grid.reversed[1]).toBe(1);
    expect(chain[0]).toBe(0); // a, the upper end
    expect(chain.at(-1)).toBe(1);
    expect(grid.itemKind[at(chain, 1)]).toBe(LABEL_DUMMY);
    expect(grid.selfLoop[2]).toBe(1);
    expect(grid.chainStart[3]).toBe(grid.chainStart[2]);
  });

  it('indexes hops consistently (per edge, from above, from below)', () => {
    const { grid } = layered(request(['a', 'b', 'c', 'd'], [['a', 'd', true], ['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'b']]));
    const hopCount = grid.hopTop.length;
    for (let h = 0; h < hopCount; h++) {
      expect(grid.itemLayer[at(grid.hopBottom, h)]).toBe(at(grid.itemLayer, grid.hopTop[h]) + 1);
    }
    for (let e = 0; e < grid.hopStart.length - 1; e++) {
      const items = at(grid.chainStart, e + 1) - at(grid.chainStart, e);
      expect(at(grid.hopStart, e + 1) - at(grid.hopStart, e)).toBe(Math.max(0, items - 1));
    }
    const ups = [...grid.upHops].sort((p, q) => p - q);
    const downs = [...grid.downHops].sort((p, q) => p - q);
    expect(ups).toEqual([...Array(hopCount).keys()]);
    expect(downs).toEqual([...Array(hopCount).keys()]);
    for (let i = 0; i < grid.itemCount; i++) {
      for (let j = at(grid.upStart, i); j < at(grid.upStart, i + 1); j++) expect(grid.hopBottom[at(grid.upHops, j)]).toBe(i);
      for (let j = at(grid.downStart, i); j < at(grid.downStart, i + 1); j++) expect(grid.hopTop[at(grid.downHops, j)]).toBe(i);
    }
    // Real nodes first, then dummies; every layer lists its items.
    expect([...grid.itemKind.slice(0, 4)]).toEqual([NODE, NODE, NODE, NODE]);
    expect(grid.layers.reduce((sum, layer) => sum + layer.length, 0)).toBe(grid.itemCount);
  });
});
