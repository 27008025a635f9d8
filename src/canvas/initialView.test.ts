import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutBounds } from '@/render/bounds';
import { createAppStore } from '@/store/createAppStore';
import { startLayoutEffect } from '@/store/layoutEffect';
import { columnLayout, flush } from '@/store/layout.testkit';
import { generateWorkflow } from '../../e2e/bench/generate.mjs';
import { FIT_PADDING, fitViewport, initialView, sameViewport } from './initialView';
import { toFlow } from './toFlow';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');
const WINDOW = { width: 1440, height: 900 };

async function laidOut(text: string, init: { embed?: boolean; editorOpen?: boolean } = {}) {
  const store = createAppStore({ text, source: { kind: 'example' }, ...init });
  startLayoutEffect(store, columnLayout);
  await flush();
  return store;
}

describe('initialView', () => {
  it('fits the whole diagram, with the fit padding, in the window below the header', async () => {
    const store = await laidOut(reference);
    const view = initialView(store.getState(), WINDOW);
    if (!view) throw new Error('no initial view');
    const shown = store.getState().shown;
    if (!shown) throw new Error('nothing shown');
    expect(view.flow).toEqual(toFlow(shown, true));
    const b = layoutBounds(shown.layout);
    const { x, y, zoom } = view.viewport;
    const [left, top, right, bottom] = [x + b.x * zoom, y + b.y * zoom, x + (b.x + b.width) * zoom, y + (b.y + b.height) * zoom];
    const canvas = { width: 1440, height: 900 - 56 };
    // Inside the canvas, centred, and touching the padding on the tighter side.
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(canvas.width);
    expect(bottom).toBeLessThanOrEqual(canvas.height);
    expect(left + right).toBeCloseTo(canvas.width, 3);
    expect(top + bottom).toBeCloseTo(canvas.height, 3);
    expect(Math.max((right - left) / canvas.width, (bottom - top) / canvas.height)).toBeCloseTo(1 / (1 + FIT_PADDING), 2);
  });

  it('uses the whole window in an embedded view', async () => {
    const app = initialView((await laidOut(reference)).getState(), WINDOW);
    const embed = initialView((await laidOut(reference, { embed: true })).getState(), WINDOW);
    expect(embed && app && embed.viewport.zoom > app.viewport.zoom).toBe(true);
    expect(embed?.flow.nodes.every((n) => n.connectable === false)).toBe(true);
  });

  it('gives nothing when the canvas will not fill the window or draws an overview, or before a layout', async () => {
    expect(initialView((await laidOut(reference, { editorOpen: true })).getState(), WINDOW)).toBeNull();
    expect(initialView((await laidOut(generateWorkflow(200).text)).getState(), WINDOW)).toBeNull();
    expect(initialView(createAppStore({ text: reference, source: { kind: 'example' } }).getState(), WINDOW)).toBeNull();
    expect(initialView((await laidOut(reference)).getState(), { width: 0, height: 0 })).toBeNull();
  });

  it('is the viewport a later fit gives for the same canvas, so that fit can be skipped', async () => {
    const shown = (await laidOut(reference)).getState().shown;
    const view = initialView((await laidOut(reference)).getState(), WINDOW);
    if (!shown || !view) throw new Error('not laid out');
    const again = fitViewport(layoutBounds(shown.layout), { width: 1440, height: 900 - 56 });
    if (!again) throw new Error('no fit');
    expect(sameViewport(again, [view.viewport.x, view.viewport.y, view.viewport.zoom])).toBe(true);
    // A canvas a few pixels smaller (e.g. a taller header) needs the fit.
    const smaller = fitViewport(layoutBounds(shown.layout), { width: 1440, height: 900 - 80 });
    if (!smaller) throw new Error('no fit');
    expect(sameViewport(smaller, [view.viewport.x, view.viewport.y, view.viewport.zoom])).toBe(false);
    expect(fitViewport(layoutBounds(shown.layout), { width: 0, height: 600 })).toBeNull();
  });
});

describe('sameViewport', () => {
  it('tells apart a pan of a pixel and a zoom step, not rounding noise', () => {
    const v = { x: 100, y: 50, zoom: 0.5 };
    expect(sameViewport(v, [100.04, 49.97, 0.50002])).toBe(true);
    expect(sameViewport(v, [101, 50, 0.5])).toBe(false);
    expect(sameViewport(v, [100, 50, 0.51])).toBe(false);
  });
});

