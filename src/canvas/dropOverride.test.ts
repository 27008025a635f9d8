import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import type { ParseResult, XY } from '@/model/types';
import { parseWorkflow } from '@/model/parse';
import { createAppStore } from '@/store/createAppStore';
import { startLayoutEffect } from '@/store/layoutEffect';
import { columnLayout, flush } from '@/store/layout.testkit';
import { ASYNC_PARSE_CHARS } from '@/store/parseClient';
import type { AppState } from '@/store/types';
import { dropSettled, type PendingDrop } from './dropOverride';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');
/** The reference workflow made long enough to be parsed off the main thread. */
const large = `${reference}\n${'# padding to make the document large\n'.repeat(Math.ceil(ASYNC_PARSE_CHARS / 30))}`;


/**
 * A store laid out by `columnLayout`; with `asyncParse`, texts are parsed "off-thread" and each
 * result is held until `release()` (as the worker does for large documents).
 */
async function setup(asyncParse: boolean) {
  const held: (() => void)[] = [];
  const parseAsync = (text: string) =>
    new Promise<ParseResult>((resolve) => {
      held.push(() => resolve(parseWorkflow(text)));
    });
  const store = createAppStore({ text: asyncParse ? large : reference, source: { kind: 'example' }, ...(asyncParse ? { parseAsync } : {}) });
  startLayoutEffect(store, columnLayout);
  const release = async () => {
    for (const r of held.splice(0)) r();
    await flush();
  };
  await release();
  return { store, release };
}

/** The node at `index` and where the canvas shows it. */
function nodeAt(store: StoreApi<AppState>, index: number): { id: string; shownAt: () => XY | undefined } {
  const id = store.getState().graph?.nodes[index]?.id ?? '';
  expect(id).not.toBe('');
  return { id, shownAt: () => store.getState().shown?.layout.nodes[id] };
}

/** Drops node `id` at `position` as the canvas does; the pending drop, or null when refused. */
function drop(store: StoreApi<AppState>, id: string, position: XY): PendingDrop | null {
  return store.getState().applyEdit({ type: 'node.move', moves: [{ id, position }] }) ? { id, text: store.getState().text } : null;
}

describe('dropSettled', () => {
  it('keeps the override while a large text is parsed off the main thread, until the new position is shown', async () => {
    const { store, release } = await setup(true);
    const { id, shownAt } = nodeAt(store, 1);
    const before = shownAt();
    if (!before) throw new Error('not laid out');
    const target = { x: Math.round(before.x) + 400, y: Math.round(before.y) + 120 };
    const pending = drop(store, id, target);
    if (!pending) throw new Error('the drop was refused');
    expect(store.getState().parsing).toBe(true);
    // The canvas still shows the old text: the node would jump back without the override.
    expect(shownAt()).toMatchObject({ x: before.x, y: before.y });
    expect(dropSettled(pending, store.getState())).toBe(false);
    await release();
    expect(shownAt()).toMatchObject(target);
    expect(dropSettled(pending, store.getState())).toBe(true);
  });

  it('settles at once when the text is parsed on the main thread', async () => {
    const { store } = await setup(false);
    const { id, shownAt } = nodeAt(store, 2);
    const pending = drop(store, id, { x: 900, y: 40 });
    if (!pending) throw new Error('the drop was refused');
    expect(shownAt()).toMatchObject({ x: 900, y: 40 });
    expect(dropSettled(pending, store.getState())).toBe(true);
  });

  it('lets go when the document changes otherwise before the position arrives', async () => {
    const { store, release } = await setup(true);
    const { id } = nodeAt(store, 1);
    const pending = drop(store, id, { x: 777, y: 55 });
    if (!pending) throw new Error('the drop was refused');
    store.getState().undo();
    expect(dropSettled(pending, store.getState())).toBe(true);
    await release();
    expect(dropSettled(pending, store.getState())).toBe(true);
  });

  it('lets go when the dropped text turns out not to parse', () => {
    const pending: PendingDrop = { id: 'a', text: 'broken' };
    const graph = parseWorkflow(reference).graph;
    if (!graph) throw new Error('no graph');
    const shown = { graph, diagram: {} as never, layout: {} as never };
    expect(dropSettled(pending, { text: 'broken', parsing: true, graph, shown, layoutStatus: 'done' })).toBe(false);
    // The parse failed: the last good graph stays, and it is the one shown.
    expect(dropSettled(pending, { text: 'broken', parsing: false, graph, shown, layoutStatus: 'done' })).toBe(true);
  });
});
