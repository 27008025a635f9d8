import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateChain } from './__fixtures__/generate';
import {
  drawnEdges,
  findBackEdges,
  incoming,
  outgoing,
  parseWorkflow,
  reachableIds,
  startNodes,
} from './index';
import type { WorkflowGraph } from './index';

function graphOf(text: string): WorkflowGraph {
  const { graph } = parseWorkflow(text);
  if (graph === null) throw new Error('expected a graph');
  return graph;
}

/** Nodes a..z from a compact edge list like 'a>b b>c c>a:loop'. */
function graph(nodes: string, edges: string): WorkflowGraph {
  const ns = nodes.split(' ').map((id) => `  - { id: ${id}, type: cli }`);
  const es = edges
    .split(' ')
    .filter((e) => e !== '')
    .map((e) => {
      const [pair = '', mode = 'sequential'] = e.split(':');
      const [from, to] = pair.split('>');
      const cond = mode === 'conditional' || mode === 'loop' ? ', when: again' : '';
      return `  - { from: ${from}, to: ${to}, mode: ${mode}${cond} }`;
    });
  return graphOf(['nodes:', ...ns, 'edges:', ...es, ''].join('\n'));
}

/** A cycle n0 → n1 → … → n(length-1) → n0 built directly (parsing 10 000 nodes is slow). */
function chainGraph(length: number): WorkflowGraph {
  const parsed = graphOf('nodes:\n  - { id: n0, type: cli }\nedges:\n  - { from: n0, to: n0 }\n');
  const [node0] = parsed.nodes;
  const [edge0] = parsed.edges;
  if (node0 === undefined || edge0 === undefined) throw new Error('template');
  const nodes = Array.from({ length }, (_, i) => ({ ...node0, id: `n${i}`, index: i }));
  const edges = Array.from({ length }, (_, i) => {
    const from = `n${i}`;
    const to = `n${(i + 1) % length}`;
    return { ...edge0, id: `${from}->${to}`, index: i, from, to };
  });
  return { ...parsed, nodes, edges };
}

const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

describe('startNodes', () => {
  it('is the nodes without incoming edges, in node order', () => {
    expect(ids(startNodes(graph('a b c d', 'a>c b>c c>d')))).toEqual(['a', 'b']);
  });

  it('ignores self-loops', () => {
    expect(ids(startNodes(graph('a b', 'a>a:loop a>b')))).toEqual(['a']);
  });

  it('falls back to the first node when every node has a way in', () => {
    expect(ids(startNodes(graph('a b c', 'a>b b>c c>a')))).toEqual(['a']);
  });

  it('is empty for an empty graph', () => {
    expect(startNodes(graphOf('nodes: []\n'))).toEqual([]);
  });
});

describe('outgoing / incoming', () => {
  it('lists edges in order, switch branches counted as incoming', () => {
    const g = graphOf(readFileSync(new URL('./__fixtures__/switch.yaml', import.meta.url), 'utf8'));
    expect(ids(outgoing(g, 'classify'))).toEqual(['classify->billing']);
    expect(ids(incoming(g, 'tech'))).toEqual(['classify->billing']);
    expect(ids(incoming(g, 'classify'))).toEqual(['close->classify']);
    expect(outgoing(g, 'nobody')).toEqual([]);
    expect(reachableIds(g)).toEqual(new Set(['classify', 'billing', 'tech', 'general', 'close']));
  });
});

describe('findBackEdges', () => {
  it('finds the edge closing a cycle', () => {
    expect(findBackEdges(graph('a b c', 'a>b b>c c>a'))).toEqual(new Set([2]));
  });

  it('counts self-loops and loop-mode edges as back edges', () => {
    expect(findBackEdges(graph('a b c', 'a>b b>b:fallback b>c c>b:loop'))).toEqual(new Set([1, 3]));
  });

  it('does not let a loop edge turn a forward edge into a back edge', () => {
    // Without skipping the loop edge, the search from a would reach b through it first.
    expect(findBackEdges(graph('a b', 'a>b:loop b>a'))).toEqual(new Set([0]));
  });

  it('finds rework cycles through conditional edges', () => {
    const g = graph(
      'write review merge',
      'write>review review>write:conditional review>merge:conditional',
    );
    expect(findBackEdges(g)).toEqual(new Set([1]));
  });

  it('finds cycles in parts not reachable from the start nodes', () => {
    expect(findBackEdges(graph('a b c', 'b>c c>b'))).toEqual(new Set([1]));
  });

  it('has none in a DAG with two paths to a node', () => {
    expect(findBackEdges(graph('a b c d', 'a>b a>c b>d c>d'))).toEqual(new Set());
  });

  it('is iterative: a 10 000-node cycle does not overflow the stack', () => {
    const g = chainGraph(10_000);
    expect(findBackEdges(g)).toEqual(new Set([9_999]));
    expect(reachableIds(g).size).toBe(10_000);
    expect(ids(startNodes(g))).toEqual(['n0']);
  });

  it('handles a parsed 2000-node cycle', () => {
    const g = graphOf(generateChain(2000, true));
    expect(findBackEdges(g)).toEqual(new Set([1999]));
  });
});

describe('drawnEdges', () => {
  it('draws one line per switch target, labelled with the case values', () => {
    const g = graphOf(readFileSync(new URL('./__fixtures__/switch.yaml', import.meta.url), 'utf8'));
    const drawn = drawnEdges(g);
    expect(
      drawn.slice(0, 3).map((d) => [d.id, d.from, d.to, d.text, d.condition, d.edgeIndex]),
    ).toEqual([
      ['classify->billing', 'classify', 'billing', 'invoice, refund', 'outputs.classify.topic', 0],
      ['classify->billing:case=tech', 'classify', 'tech', 'bug', 'outputs.classify.topic', 0],
      [
        'classify->billing:case=general',
        'classify',
        'general',
        'default',
        'outputs.classify.topic',
        0,
      ],
    ]);
    expect(new Set(drawn.map((d) => d.id)).size).toBe(drawn.length);
    expect(
      drawn.every(
        (d) =>
          d.mode ===
          (d.edgeIndex === 0 ? 'switch' : d.from === 'close' ? 'conditional' : 'sequential'),
      ),
    ).toBe(true);
  });

  it('marks back edges and shows the label over the condition', () => {
    const g = graphOf(readFileSync(new URL('./__fixtures__/switch.yaml', import.meta.url), 'utf8'));
    const reopen = drawnEdges(g).find((d) => d.from === 'close');
    expect(reopen).toMatchObject({
      text: 'reopened',
      condition: 'reopened == true',
      isBackEdge: true,
    });
  });

  it('shows the condition when there is no label, nothing for plain edges', () => {
    const drawn = drawnEdges(graph('a b c', 'a>b:conditional b>c'));
    expect(drawn.map((d) => d.text)).toEqual(['again', undefined]);
    expect(drawn.map((d) => d.isBackEdge)).toEqual([false, false]);
  });

  it('keeps one drawn edge per edge for parallel edges between the same pair', () => {
    const drawn = drawnEdges(graph('a b', 'a>b a>b:fallback'));
    expect(drawn.map((d) => d.id)).toEqual(['a->b', 'a->b#1']);
  });
});
