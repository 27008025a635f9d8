import { describe, expect, it } from 'vitest';
import type { LayoutRequest } from '@/layout/protocol';
import { buildDiagram } from '@/render/diagram';
import { generateWorkflow } from '../../e2e/bench/generate.mjs';
import { createAppStore } from './createAppStore';
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
});
