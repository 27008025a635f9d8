import { describe, expect, it } from 'vitest';
import { SPACING } from '../elkOptions';
import type { LayoutEdgeInput, LayoutRequest } from '../protocol';
import { findBackEdges } from './cycles';
import { buildGraph } from './graph';
import { buildGrid, longestPathRanks } from './layering';
import { orderLayers, tieKeys } from './ordering';
import { computePorts } from './ports';
import { channelHeight } from './routing';

function ports(edges: [string, string, boolean?][]) {
  const request: LayoutRequest = {
    key: 't',
    direction: 'DOWN',
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, width: 120, height: 60 })),
    edges: edges.map(([from, to, labelled], i): LayoutEdgeInput => {
      const id = `${from}->${to}#${i}`;
      return labelled ? { id, from, to, label: { text: 'l', width: 50, height: 16 } } : { id, from, to };
    }),
  };
  const graph = buildGraph(request);
  const n = graph.ids.length;
  const back = findBackEdges(n, graph.from, graph.to);
  const grid = buildGrid(graph, longestPathRanks(n, graph.from, graph.to, back), back);
  const ordering = orderLayers(grid, tieKeys(grid), 8);
  return { grid, ordering, ports: computePorts(graph, grid, ordering) };
}

describe('computePorts', () => {
  it('spreads edges leaving a node over its bottom side, in the order of their targets', () => {
    const { grid, ordering, ports: p } = ports([['a', 'b'], ['a', 'c'], ['a', 'd']]);
    const hops = [0, 1, 2].map((e) => grid.hopStart[e] ?? 0);
    const offsets = hops.map((h) => p.topOff[h] ?? NaN);
    expect(new Set(offsets).size).toBe(3);
    const byTarget = [...hops].sort((h, k) => (ordering.pos[grid.hopBottom[h] ?? 0] ?? 0) - (ordering.pos[grid.hopBottom[k] ?? 0] ?? 0));
    expect(byTarget.map((h) => p.topOff[h])).toEqual([...offsets].sort((u, v) => u - v));
    for (const o of offsets) expect(Math.abs(o)).toBeLessThan(60);
  });

  it('attaches back edges to the left side, on tracks outside the node that the margin covers', () => {
    const { grid, ports: p } = ports([['a', 'b'], ['b', 'a'], ['b', 'a']]);
    for (const e of [1, 2]) {
      const first = grid.hopStart[e] ?? 0;
      const last = (grid.hopStart[e + 1] ?? 0) - 1;
      expect(p.topSide[first]).toBeGreaterThan(0);
      expect(p.bottomSide[last]).toBeGreaterThan(0);
      expect(p.topOff[first]).toBeLessThanOrEqual(-(60 + SPACING.edgeNode));
    }
    const tracks = [1, 2].map((e) => p.topOff[grid.hopStart[e] ?? 0]);
    expect(new Set(tracks).size).toBe(2);
    expect(p.leftExt[0]).toBeGreaterThanOrEqual(-Math.min(...tracks.map((t) => t ?? 0)));
  });

  it('nests self-loops on the right side with their labels beside them', () => {
    const { ports: p } = ports([['a', 'a', true], ['a', 'a']]);
    expect(p.loopDistance[1]).toBeGreaterThan(p.loopDistance[0] ?? Infinity);
    // The outer loop leaves above and re-enters below the inner one.
    expect(p.loopOut[1]).toBeLessThan(p.loopOut[0] ?? -1);
    expect(p.loopIn[1]).toBeGreaterThan(p.loopIn[0] ?? Infinity);
    expect(p.loopOut[0]).toBeLessThan(p.loopIn[0] ?? -1);
    expect(p.loopLabelDx[0]).toBeGreaterThan(p.loopDistance[1] ?? Infinity);
    expect(p.rightExt[0]).toBeGreaterThanOrEqual(60 + (p.loopLabelDx[0] ?? 0) + 50);
  });
});

describe('channelHeight', () => {
  it('grows with the track count, with room for arrowheads on both sides', () => {
    expect(channelHeight(0, true)).toBe(SPACING.betweenLayers);
    expect(channelHeight(0, false)).toBe(SPACING.edgeNodeBetweenLayers);
    expect(channelHeight(4, true)).toBe(2 * SPACING.edgeNodeBetweenLayers + 3 * SPACING.edgeEdgeBetweenLayers);
  });
});
