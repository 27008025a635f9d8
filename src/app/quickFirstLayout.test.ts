import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fastLayout } from '@/layout/fastLayered';
import type { LayoutRequest, LayoutResult } from '@/layout/protocol';
import { createAppStore } from '@/store/createAppStore';
import { startLayoutEffect, type LayoutFn } from '@/store/layoutEffect';
import { columnLayout, flush } from '@/store/layout.testkit';
import { generateWorkflow } from '../../e2e/bench/generate.mjs';
import { withQuickFirstLayout } from './quickFirstLayout';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');

/** A layout function that records its calls and answers with the column layout when asked. */
function recording() {
  const calls: { request: LayoutRequest; withProvisional: boolean }[] = [];
  const pending: (() => void)[] = [];
  const layout: LayoutFn = (request, onProvisional) => {
    calls.push({ request, withProvisional: onProvisional !== undefined });
    return new Promise<LayoutResult>((resolve) => pending.push(() => void columnLayout(request).then(resolve)));
  };
  return { calls, layout, answer: () => pending.splice(0).forEach((go) => go()) };
}

describe('withQuickFirstLayout', () => {
  it('draws a small first document at once, with the fast layout, and still asks for ELK’s', () => {
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    const worker = recording();
    startLayoutEffect(store, withQuickFirstLayout(worker.layout, () => store.getState().shown === null));
    // Synchronously: the diagram is shown before any layout answered.
    const shown = store.getState().shown;
    expect(shown?.provisional).toBe(true);
    expect(shown?.graph.nodes).toHaveLength(9);
    const request = store.getState().diagram?.request;
    if (!request) throw new Error('no request');
    expect(shown?.layout.nodes).toEqual(fastLayout(request).nodes);
    // The worker is asked for the final layout, without a provisional answer of its own.
    expect(worker.calls).toEqual([{ request, withProvisional: false }]);
  });

  it('replaces the quick layout with the worker’s answer, and leaves later requests alone', async () => {
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    const worker = recording();
    startLayoutEffect(store, withQuickFirstLayout(worker.layout, () => store.getState().shown === null));
    worker.answer();
    await flush();
    expect(store.getState().shown?.provisional).toBe(false);
    expect(store.getState().shown?.layout.nodes['validate_manifests']).toMatchObject({ x: 0, y: 0 });
    store.getState().setDirection('RIGHT');
    expect(worker.calls.map((c) => c.withProvisional)).toEqual([false, true]);
    expect(store.getState().shown?.diagram.request.direction).toBe('DOWN');
  });

  it('sends large graphs (the fast layout is their final one) and documents opened after a drawing to the worker', async () => {
    const large = createAppStore({ text: generateWorkflow(200).text, source: { kind: 'example' } });
    const worker = recording();
    startLayoutEffect(large, withQuickFirstLayout(worker.layout, () => large.getState().shown === null));
    expect(large.getState().shown).toBeNull();
    expect(worker.calls.map((c) => c.withProvisional)).toEqual([true]);

    // A page that opened with text that could not be read: its first drawing is quick too.
    const broken = createAppStore({ text: 'nodes: [', source: { kind: 'example' } });
    const later = recording();
    startLayoutEffect(broken, withQuickFirstLayout(later.layout, () => broken.getState().shown === null));
    expect(later.calls).toHaveLength(0);
    broken.getState().loadDocument(reference, { kind: 'example' });
    expect(broken.getState().shown?.provisional).toBe(true);
    later.answer();
    await flush();
    // Then another document: the worker (warm by now) draws it, provisional answer and all.
    broken.getState().loadDocument(reference.replace('id: notify_status', 'id: notify_team').replaceAll('to: notify_status', 'to: notify_team'), { kind: 'example' });
    expect(broken.getState().shown?.graph.nodes.some((n) => n.id === 'notify_team')).toBe(false);
    expect(later.calls.map((c) => c.withProvisional)).toEqual([false, true]);
  });
});
