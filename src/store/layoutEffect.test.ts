import { describe, expect, it } from 'vitest';
import type { LayoutRequest } from '@/layout/protocol';
import { parseWorkflow } from '@/model/parse';
import type { WorkflowGraph } from '@/model/types';
import { buildDiagram } from '@/render/diagram';
import { generateWorkflow } from '../../e2e/bench/generate.mjs';
import { createAppStore } from './createAppStore';
import { largeStartDiagram } from './firstLayout';
import { startLayoutEffect } from './layoutEffect';
import { columnLayout, flush } from './layout.testkit';

describe('layout effect', () => {
  it('builds the first diagram of a large graph over several tasks, the same as in one', async () => {
    const store = createAppStore({ text: generateWorkflow(1600).text, source: { kind: 'example' } });
    const graph = store.getState().graph;
    if (!graph) throw new Error('no graph');
    const asked: LayoutRequest[] = [];
    startLayoutEffect(store, (request) => {
      asked.push(request);
      return columnLayout(request);
    });
    // Nothing in the task that brought the graph, and not all in the next one either.
    expect(store.getState().layoutStatus).toBe('running');
    expect(store.getState().diagram).toBeNull();
    await flush();
    expect(store.getState().diagram).toBeNull();
    for (let i = 0; i < 5 && asked.length === 0; i++) await flush();
    const whole = buildDiagram(graph, 'DOWN');
    expect(asked.map((r) => r.key)).toEqual([whole.request.key]);
    const diagram = store.getState().diagram;
    expect(diagram?.request).toEqual(whole.request);
    expect([...(diagram?.cards.entries() ?? [])]).toEqual([...whole.cards.entries()]);
    expect([...(diagram?.labels.entries() ?? [])]).toEqual([...whole.labels.entries()]);
    await flush();
    expect(store.getState().shown?.graph).toBe(graph);
  });

  it('drops a large graph still being measured when another document comes', async () => {
    const store = createAppStore({ text: generateWorkflow(1600).text, source: { kind: 'example' } });
    const asked: LayoutRequest[] = [];
    startLayoutEffect(store, (request) => {
      asked.push(request);
      return columnLayout(request);
    });
    await flush();
    store.getState().loadDocument(generateWorkflow(20).text, { kind: 'example' });
    for (let i = 0; i < 6; i++) await flush();
    expect(asked.map((r) => r.nodes.length)).toEqual([20]);
    expect(store.getState().shown?.graph.nodes).toHaveLength(20);
  });

  it('builds a large first diagram with the cards measured elsewhere for its graph, in one task, and only for that graph (its drawn edges too)', async () => {
    const text = generateWorkflow(1600).text;
    const store = createAppStore({ text, source: { kind: 'example' } });
    const graph = store.getState().graph;
    if (!graph) throw new Error('no graph');
    // The parse worker's diagram of the same text (its graph arrives as a structured clone).
    const worker = largeStartDiagram(parseWorkflow(text), null);
    if (!worker) throw new Error('no diagram');
    const measured = { graph, diagram: structuredClone({ cards: worker.cards, labels: worker.labels, edges: worker.edges }) };
    const asks = new Map<WorkflowGraph, number>();
    startLayoutEffect(store, columnLayout, {
      measuredFor: (g) => {
        asks.set(g, (asks.get(g) ?? 0) + 1);
        return g === measured.graph ? measured : undefined;
      },
    });
    // Not in the task that brought the graph, but all in the next one: no card is measured again.
    expect(store.getState().diagram).toBeNull();
    await flush();
    const diagram = store.getState().diagram;
    expect(diagram?.request).toEqual(buildDiagram(graph, 'DOWN').request);
    for (const [id, card] of diagram?.cards ?? []) expect(card).toBe(measured.diagram.cards.get(id));
    for (const [id, box] of diagram?.labels ?? []) expect(box).toBe(measured.diagram.labels.get(id));
    expect(diagram?.labels.size).toBe(measured.diagram.labels.size);
    expect(diagram?.edges).toBe(measured.diagram.edges);
    expect(diagram?.edges).toEqual(buildDiagram(graph, 'DOWN').edges);
    await flush();
    expect(store.getState().shown?.graph).toBe(graph);
    // Later graphs (an edit) are not asked about: something is shown by then.
    store.getState().setText(text.replace('name: "Benchmark', 'name: "Renamed'), 'editor');
    await flush();
    expect(store.getState().shown?.graph).not.toBe(graph);
    expect([...asks.values()]).toEqual([1]);
  });
});
