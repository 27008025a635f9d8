import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLayout } from '@/layout/runLayout';
import { parseWorkflow } from '@/model/parse';
import { buildDiagram } from '@/render/diagram';
import { generateWorkflow } from '../../e2e/bench/generate.mjs';
import { firstLayout, largeStartDiagram } from './firstLayout';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');
const noElk = () => {
  throw new Error('ELK is not used for large graphs');
};

describe('firstLayout (the parse worker’s layout of a large start document)', () => {
  it('measures the cards and label boxes the page would (which it takes instead of measuring)', () => {
    const parsed = parseWorkflow(generateWorkflow(300).text);
    const graph = parsed.graph;
    if (!graph) throw new Error('no graph');
    const made = largeStartDiagram(parsed, null);
    const page = buildDiagram(structuredClone(graph), 'DOWN');
    expect(made?.request).toEqual(page.request);
    expect(structuredClone(made?.cards)).toEqual(page.cards);
    expect(structuredClone(made?.labels)).toEqual(page.labels);
    // Small graphs go through ELK on the page: nothing is measured for them.
    expect(largeStartDiagram(parseWorkflow(reference), null)).toBeUndefined();
  });

  it('is exactly what the page asks the layout worker for, under the same key', async () => {
    const text = generateWorkflow(300).text;
    for (const direction of [null, 'RIGHT'] as const) {
      const parsed = parseWorkflow(text);
      const graph = parsed.graph;
      if (!graph) throw new Error('no graph');
      const made = firstLayout(parsed, direction);
      // The page's side: the graph as it arrives (a structured clone), its diagram, its request.
      const request = buildDiagram(structuredClone(graph), direction ?? graph.layout.direction ?? 'DOWN').request;
      expect(made?.key).toBe(request.key);
      const { ms: _a, ...fromWorker } = await runLayout(noElk, request);
      const { ms: _b, ...fromParseWorker } = made ?? { ms: 0 };
      expect(fromParseWorker).toEqual(fromWorker);
    }
  });

  it('follows the file’s own direction (a file with pins too)', async () => {
    const text = generateWorkflow(200).text.replace('nodes:', 'x-layout:\n  direction: RIGHT\n  nodes:\n    step_0: { x: -500, y: -500 }\nnodes:');
    const parsed = parseWorkflow(text);
    const made = firstLayout(parsed, null);
    const graph = parsed.graph;
    if (!graph || !made) throw new Error('nothing laid out');
    const request = buildDiagram(graph, 'RIGHT').request;
    expect(graph.layout.pinned['step_0']).toEqual({ x: -500, y: -500 });
    expect(made.key).toBe(request.key);
    const { ms: _a, ...fromWorker } = await runLayout(noElk, request);
    const { ms: _b, ...fromParseWorker } = made;
    expect(fromParseWorker).toEqual(fromWorker);
  });

  it('leaves small graphs (ELK lays them out) and unreadable text to the page', () => {
    expect(firstLayout(parseWorkflow(reference), null)).toBeUndefined();
    expect(firstLayout(parseWorkflow('nodes: ['), null)).toBeUndefined();
    expect(firstLayout(parseWorkflow('nodes: []'), 'DOWN')).toBeUndefined();
  });
});
