import { describe, expect, it } from 'vitest';
import type { LayoutEdgeInput, LayoutRequest } from '../protocol';
import { findBackEdges } from './cycles';
import { buildGraph } from './graph';
import { buildGrid, longestPathRanks } from './layering';
import { countCrossings, orderLayers, tieKeys } from './ordering';

function grid(nodes: string[], edges: [string, string][]) {
  const request: LayoutRequest = {
    key: 't',
    direction: 'DOWN',
    nodes: nodes.map((id) => ({ id, width: 100, height: 40 })),
    edges: edges.map(([from, to], i): LayoutEdgeInput => ({ id: `${from}->${to}#${i}`, from, to })),
  };
  const graph = buildGraph(request);
  const n = graph.ids.length;
  const back = findBackEdges(n, graph.from, graph.to);
  return { graph, grid: buildGrid(graph, longestPathRanks(n, graph.from, graph.to, back), back) };
}

/** Node ids of a layer, left to right (dummies as '·'). */
const names = (ids: readonly string[], layer: Int32Array | undefined): string[] =>
  [...(layer ?? [])].map((i) => ids[i] ?? '·');

describe('countCrossings', () => {
  it('counts pairs of hops that cross between two layers', () => {
    const { grid: g } = grid(['a', 'b', 'x', 'y'], [['a', 'y'], ['b', 'x'], ['a', 'x']]);
    const order = g.layers.map((l) => l.slice());
    const pos = new Int32Array(g.itemCount);
    for (const layer of order) layer.forEach((item, k) => (pos[item] = k));
    // a(0) b(1) over x(2) y(3): a→y crosses b→x; a→x and b→x meet at x (no crossing).
    expect(countCrossings(g, order, pos)).toBe(1);
  });
});

describe('orderLayers', () => {
  it('removes avoidable crossings', () => {
    const { graph, grid: g } = grid(['a', 'b', 'x', 'y'], [['a', 'y'], ['b', 'x']]);
    const { order, pos } = orderLayers(g, tieKeys(g), 8);
    expect(countCrossings(g, order, pos)).toBe(0);
    expect(names(graph.ids, order[1])).toEqual(['y', 'x']);
  });

  it('keeps the input order where nothing else decides (YAML order)', () => {
    const { graph, grid: g } = grid(['start', 'c', 'a', 'b', 'end'], [['start', 'c'], ['start', 'a'], ['start', 'b'], ['a', 'end']]);
    const { order } = orderLayers(g, tieKeys(g), 8);
    expect(names(graph.ids, order[1])).toEqual(['c', 'a', 'b']);
  });

  it('puts the dummies of a back edge left of the nodes it wraps around', () => {
    const { graph, grid: g } = grid(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']]);
    const { order } = orderLayers(g, tieKeys(g), 8);
    expect(names(graph.ids, order[1])).toEqual(['·', 'b']);
  });

  it('is deterministic and gives every item its position', () => {
    const edges: [string, string][] = [];
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    for (let i = 0; i < 30; i++) edges.push([`n${i}`, `n${(i * 7 + 3) % 30}`], [`n${i}`, `n${(i * 11 + 5) % 30}`]);
    const { grid: g } = grid(ids, edges);
    const first = orderLayers(g, tieKeys(g), 8);
    const second = orderLayers(g, tieKeys(g), 8);
    expect(first.order.map((l) => [...l])).toEqual(second.order.map((l) => [...l]));
    first.order.forEach((layer) => layer.forEach((item, k) => expect(first.pos[item]).toBe(k)));
    expect(first.order.reduce((sum, l) => sum + l.length, 0)).toBe(g.itemCount);
  });
});
