import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fastLayout } from '@/layout/fastLayered';
import type { LayoutRequest, LayoutResult } from '@/layout/protocol';
import { createAppStore } from '@/store/createAppStore';
import { startLayoutEffect, type LayoutFn } from '@/store/layoutEffect';
import { columnLayout, flush } from '@/store/layout.testkit';
import { isStaleLayoutError } from '@/layout/layoutClient';
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

/** The first drawing's signal, under the test's control. */
function drawing() {
  let report: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    report = resolve;
  });
  return { drawn: () => promise, report: () => report() };
}

const now = () => Promise.resolve();

/** The first drawing goes on screen; the worker, asked once, answers. */
async function drawnThenAnswered(worker: ReturnType<typeof recording>, first: ReturnType<typeof drawing>) {
  first.report();
  await flush();
  expect(worker.calls).toHaveLength(1);
  worker.answer();
  await flush();
}

/** The reference example's store, its layout held until `first.report()`. */
function startHeld() {
  const store = createAppStore({ text: reference, source: { kind: 'example' } });
  const worker = recording();
  const first = drawing();
  startLayoutEffect(store, withQuickFirstLayout(worker.layout, () => store.getState().shown === null, first.drawn));
  return { store, worker, first };
}

describe('withQuickFirstLayout', () => {
  it('draws a small first document at once, with the fast layout, and still asks for ELK’s', async () => {
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    const worker = recording();
    startLayoutEffect(store, withQuickFirstLayout(worker.layout, () => store.getState().shown === null, now));
    // Synchronously: the diagram is shown before any layout answered.
    const shown = store.getState().shown;
    expect(shown?.provisional).toBe(true);
    expect(shown?.graph.nodes).toHaveLength(9);
    const request = store.getState().diagram?.request;
    if (!request) throw new Error('no request');
    expect(shown?.layout.nodes).toEqual(fastLayout(request).nodes);
    // The worker is asked for the final layout, without a provisional answer of its own.
    await flush();
    expect(worker.calls).toEqual([{ request, withProvisional: false }]);
  });

  it('replaces the quick layout with the worker’s answer, and leaves later requests alone', async () => {
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    const worker = recording();
    startLayoutEffect(store, withQuickFirstLayout(worker.layout, () => store.getState().shown === null, now));
    await flush();
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
    startLayoutEffect(large, withQuickFirstLayout(worker.layout, () => large.getState().shown === null, now));
    expect(large.getState().shown).toBeNull();
    expect(worker.calls.map((c) => c.withProvisional)).toEqual([true]);

    // A page that opened with text that could not be read: its first drawing is quick too.
    const broken = createAppStore({ text: 'nodes: [', source: { kind: 'example' } });
    const later = recording();
    startLayoutEffect(broken, withQuickFirstLayout(later.layout, () => broken.getState().shown === null, now));
    expect(later.calls).toHaveLength(0);
    broken.getState().loadDocument(reference, { kind: 'example' });
    expect(broken.getState().shown?.provisional).toBe(true);
    await flush();
    later.answer();
    await flush();
    // Then another document: the worker (warm by now) draws it, provisional answer and all.
    broken.getState().loadDocument(reference.replace('id: notify_status', 'id: notify_team').replaceAll('to: notify_status', 'to: notify_team'), { kind: 'example' });
    expect(broken.getState().shown?.graph.nodes.some((n) => n.id === 'notify_team')).toBe(false);
    expect(later.calls.map((c) => c.withProvisional)).toEqual([false, true]);
  });

  it('asks for ELK’s layout only once the first drawing is on screen', async () => {
    const { store, worker, first } = startHeld();
    await flush();
    expect(store.getState().shown?.provisional).toBe(true);
    expect(worker.calls).toHaveLength(0);
    await drawnThenAnswered(worker, first);
    expect(store.getState().shown?.provisional).toBe(false);
    expect(store.getState().layoutStatus).toBe('done');
  });

  it('drops the held request when the user asks for another layout before the drawing is on screen', async () => {
    const { store, worker, first } = startHeld();
    store.getState().setDirection('RIGHT');
    // The new request goes at once; the held one is never sent, not even once drawn.
    expect(worker.calls.map((c) => c.request.direction)).toEqual(['RIGHT']);
    await drawnThenAnswered(worker, first);
    expect(store.getState().shown?.provisional).toBe(false);
    expect(store.getState().shown?.diagram.request.direction).toBe('RIGHT');
    expect(store.getState().layoutStatus).toBe('done');
  });

  it('settles a held request with the answer to a later one for the same layout, and a different one as stale', async () => {
    const worker = recording();
    const first = drawing();
    const quick = withQuickFirstLayout(worker.layout, () => true, first.drawn);
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    startLayoutEffect(store, columnLayoutOnly);
    const request = store.getState().diagram?.request;
    if (!request) throw new Error('no request');
    const held = quick(request, () => undefined);
    const same = quick(request);
    worker.answer();
    const [a, b] = await Promise.all([held, same]);
    expect(a).toBe(b);

    const worker2 = recording();
    const quick2 = withQuickFirstLayout(worker2.layout, () => true, drawing().drawn);
    const held2 = quick2(request, () => undefined);
    void quick2({ ...request, key: `${request.key}:other` });
    await expect(held2).rejects.toSatisfy(isStaleLayoutError);
  });
});

const columnLayoutOnly: LayoutFn = (request) => columnLayout(request);

