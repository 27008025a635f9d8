import { describe, expect, it } from 'vitest';
import { SPACING } from '../elkOptions';
import type { LayoutEdgeInput, LayoutRequest } from '../protocol';
import { findBackEdges } from './cycles';
import { buildGraph } from './graph';
import { buildGrid, EDGE_DUMMY, LABEL_DUMMY, longestPathRanks, NODE } from './layering';
import { orderLayers, tieKeys } from './ordering';
import { itemGap, placeItems, solveLayer, solverScratch } from './placement';
import { computePorts } from './ports';

function solve(dist: number[], ideal: number[], weight: number[]): number[] {
  const out = new Float64Array(dist.length);
  solveLayer(dist.length, Float64Array.from(dist), Float64Array.from(ideal), Float64Array.from(weight), out, solverScratch(dist.length));
  return [...out];
}

describe('solveLayer (weighted isotonic regression)', () => {
  it('keeps ideal positions that already respect the spacing', () => {
    expect(solve([0, 10, 10], [0, 20, 50], [1, 1, 1])).toEqual([0, 20, 50]);
  });

  it('spreads items that want the same place symmetrically around it', () => {
    expect(solve([0, 10, 10], [5, 5, 5], [1, 1, 1])).toEqual([-5, 5, 15]);
  });

  it('moves light items more than heavy ones', () => {
    const [a, b] = solve([0, 10], [0, 0], [1, 9]);
    expect(b).toBeCloseTo(1);
    expect(a).toBeCloseTo(-9);
  });

  it('never breaks the order or the spacing', () => {
    const dist = [0, 30, 5, 12, 40];
    const out = solve(dist, [100, -50, 3, 3, 0], [1, 2, 3, 4, 5]);
    for (let k = 1; k < out.length; k++) expect((out[k] ?? 0) - (out[k - 1] ?? 0)).toBeGreaterThanOrEqual((dist[k] ?? 0) - 1e-9);
  });
});

describe('itemGap', () => {
  it('uses the ELK spacings', () => {
    expect(itemGap(NODE, NODE)).toBe(SPACING.nodeNode);
    expect(itemGap(NODE, EDGE_DUMMY)).toBe(SPACING.edgeNode);
    expect(itemGap(EDGE_DUMMY, EDGE_DUMMY)).toBe(SPACING.edgeEdge);
    expect(itemGap(LABEL_DUMMY, EDGE_DUMMY)).toBe(SPACING.edgeEdge);
  });
});

describe('placeItems', () => {
  function place(nodes: [string, number][], edges: [string, string, boolean?][]) {
    const request: LayoutRequest = {
      key: 't',
      direction: 'DOWN',
      nodes: nodes.map(([id, width]) => ({ id, width, height: 40 })),
      edges: edges.map(([from, to, labelled], i): LayoutEdgeInput => {
        const id = `${from}->${to}#${i}`;
        return labelled ? { id, from, to, label: { text: 'l', width: 80, height: 16 } } : { id, from, to };
      }),
    };
    const graph = buildGraph(request);
    const n = graph.ids.length;
    const back = findBackEdges(n, graph.from, graph.to);
    const grid = buildGrid(graph, longestPathRanks(n, graph.from, graph.to, back), back);
    const ordering = orderLayers(grid, tieKeys(grid), 8);
    const ports = computePorts(graph, grid, ordering);
    return { grid, ordering, ports, x: placeItems(grid, ordering, ports) };
  }

  it('keeps every layer in order with at least the spacing between items', () => {
    const { grid, ordering, ports, x } = place(
      [['a', 200], ['b', 80], ['c', 120], ['d', 160], ['e', 90]],
      [['a', 'b', true], ['a', 'c', true], ['a', 'd'], ['b', 'e'], ['c', 'e'], ['d', 'e', true], ['a', 'e']],
    );
    for (const layer of ordering.order) {
      for (let k = 1; k < layer.length; k++) {
        const left = layer[k - 1] ?? 0;
        const right = layer[k] ?? 0;
        const free = (x[right] ?? 0) - (ports.leftExt[right] ?? 0) - ((x[left] ?? 0) + (ports.rightExt[left] ?? 0));
        expect(free).toBeGreaterThanOrEqual(itemGap(grid.itemKind[left] ?? 0, grid.itemKind[right] ?? 0) - 1e-6);
      }
    }
    let minLeft = Infinity;
    for (let i = 0; i < grid.itemCount; i++) minLeft = Math.min(minLeft, (x[i] ?? 0) - (ports.leftExt[i] ?? 0));
    expect(minLeft).toBeCloseTo(SPACING.padding);
  });

  it('puts a chain on one vertical line and centres a parent over its two children', () => {
    const { x } = place(
      [['a', 100], ['b', 140], ['c', 60], ['l', 100], ['r', 100]],
      [['a', 'b'], ['b', 'c'], ['c', 'l'], ['c', 'r']],
    );
    expect(x[1]).toBeCloseTo(x[0] ?? NaN);
    expect(x[2]).toBeCloseTo(x[1] ?? NaN);
    expect(((x[3] ?? 0) + (x[4] ?? 0)) / 2).toBeCloseTo(x[2] ?? NaN);
  });
});
