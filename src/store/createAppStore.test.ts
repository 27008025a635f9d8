import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayoutRequest, LayoutResult } from '@/layout/protocol';
import { parseWorkflow } from '@/model/parse';
import { createAppStore } from './createAppStore';
import { startLayoutEffect } from './layoutEffect';
import { columnLayout, flush } from './layout.testkit';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');

/** The column layout, recording each request. */
function fakeLayout(calls: LayoutRequest[]) {
  return (req: LayoutRequest): Promise<LayoutResult> => {
    calls.push(req);
    return columnLayout(req);
  };
}

describe('app store', () => {
  it('parses the start document and lays it out once', async () => {
    const calls: LayoutRequest[] = [];
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    startLayoutEffect(store, fakeLayout(calls));
    await flush();
    const s = store.getState();
    expect(s.graph?.nodes).toHaveLength(9);
    expect(s.shown?.graph).toBe(s.graph);
    expect(calls).toHaveLength(1);
  });

  it('keeps the last good graph when a broken text is opened, and says so', () => {
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    const good = store.getState().graph;
    store.getState().loadDocument('nodes: [\n', { kind: 'paste' });
    const s = store.getState();
    expect(s.graph).toBe(good);
    expect(s.stale).toBe(true);
    expect(s.parse.diagnostics[0]?.code).toBe('YAML_SYNTAX');
    expect(s.text).toBe('nodes: [\n');
  });

  it('does not ask for a new layout when only text inside a node changed', async () => {
    const calls: LayoutRequest[] = [];
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    startLayoutEffect(store, fakeLayout(calls));
    await flush();
    store.getState().loadDocument(reference.replace('timeout_sec: 30', 'timeout_sec: 31'), { kind: 'paste' });
    await flush();
    expect(calls).toHaveLength(1);
    expect(store.getState().shown?.graph.nodes[0]?.timeoutSec).toBe(31);
  });

  it('lays out again when the direction changes', async () => {
    const calls: LayoutRequest[] = [];
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    startLayoutEffect(store, fakeLayout(calls));
    await flush();
    store.getState().setDirection('RIGHT');
    await flush();
    expect(calls.map((c) => c.direction)).toEqual(['DOWN', 'RIGHT']);
  });

  it('parses large texts asynchronously and drops results for texts that changed', () => {
    const pending: ((r: ReturnType<typeof parseWorkflow>) => void)[] = [];
    const texts: string[] = [];
    const parseAsync = (text: string) =>
      new Promise<ReturnType<typeof parseWorkflow>>((resolve) => {
        texts.push(text);
        pending.push(resolve);
      });
    const big = `${reference}\n${'# padding\n'.repeat(3000)}`;
    const store = createAppStore({ text: big, source: { kind: 'link' }, parseAsync });
    expect(store.getState().parsing).toBe(true);
    expect(store.getState().text).toBe(big);
    store.getState().loadDocument(reference, { kind: 'paste' });
    pending[0]?.(parseWorkflow(big));
    expect(store.getState().text).toBe(reference);
    expect(store.getState().parsing).toBe(false);
    expect(texts).toEqual([big]);
  });

  it('takes the start document\'s parse from a promise already running, whatever its size', async () => {
    let resolveFirst: (r: ReturnType<typeof parseWorkflow>) => void = () => undefined;
    const firstParse = new Promise<ReturnType<typeof parseWorkflow>>((resolve) => (resolveFirst = resolve));
    const asked: string[] = [];
    const parseAsync = (text: string) => {
      asked.push(text);
      return Promise.resolve(parseWorkflow(text));
    };
    const store = createAppStore({ text: reference, source: { kind: 'example' }, parseAsync, firstParse });
    expect(store.getState().text).toBe(reference);
    expect(store.getState().parsing).toBe(true);
    expect(store.getState().graph).toBeNull();
    resolveFirst(parseWorkflow(reference));
    await firstParse;
    // Taken up in the task after the one that brought it.
    await Promise.resolve();
    expect(store.getState().parsing).toBe(true);
    await flush();
    expect(store.getState().parsing).toBe(false);
    expect(store.getState().graph?.nodes).toHaveLength(9);
    // Later small texts are parsed on the spot; the worker is not asked again.
    store.getState().setText(reference.replace('漸進式發布', 'K8s'), 'editor');
    expect(store.getState().graph?.meta.name).toContain('K8s');
    expect(asked).toEqual([]);
  });

  it('shows an inspector edit of a large document at once, redrawing only that card', async () => {
    const calls: LayoutRequest[] = [];
    const asked: string[] = [];
    const parseAsync = (text: string) => {
      asked.push(text);
      return Promise.resolve(parseWorkflow(text));
    };
    const big = `${reference}\n${'# padding\n'.repeat(3000)}`;
    const store = createAppStore({ text: big, source: { kind: 'link' }, parseAsync, firstParse: Promise.resolve(parseWorkflow(big)) });
    startLayoutEffect(store, fakeLayout(calls));
    await flush();
    await flush();
    const before = store.getState();
    expect(before.applyEdit({ type: 'node.set', id: 'validate_manifests', field: 'purpose', value: 'Validate Kubernetes manifests against cluster API schemas using kubeconfrom' })).toBe(true);
    // Synchronously: the text, the graph and the card show the new name, nothing is parsing.
    const after = store.getState();
    expect(after.parsing).toBe(false);
    expect(after.graph?.nodes.find((n) => n.id === 'validate_manifests')?.label).toContain('kubeconfrom');
    expect(after.diagram?.cards.get('validate_manifests')?.titleFull).toContain('kubeconfrom');
    // Same-size card (the same letters): no new layout. Every other card is the same object.
    for (const [id, card] of after.diagram?.cards ?? []) {
      if (id !== 'validate_manifests') expect(card, id).toBe(before.diagram?.cards.get(id));
    }
    expect(calls).toHaveLength(1);
    // The real parse follows and agrees: the predicted result stays.
    await flush();
    expect(asked).toEqual([after.text]);
    expect(store.getState().parse).toBe(after.parse);
    expect(store.getState().parse).toEqual(parseWorkflow(after.text));
    // One undo step.
    store.getState().undo();
    expect(store.getState().text).toBe(big);
  });
});
