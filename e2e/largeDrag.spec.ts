import type { Page } from '@playwright/test';
import { generateWorkflow } from './bench/generate.mjs';
import { expect, test } from './fixtures';
import { decodeOsopHash, osopLink } from './helpers/links';

const ID = 'step_250';

interface XY {
  readonly x: number;
  readonly y: number;
}

/** Node `id`'s position in flow coordinates (its React Flow transform); null when not drawn as a card. */
function flowPosition(page: Page, id: string): Promise<XY | null> {
  return page.evaluate((i) => {
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(i)}"]`);
    if (!el) return null;
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f };
  }, id);
}

const zoom = (page: Page) => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport') as Element).transform).a);

/** Zooms in with the mouse wheel over node `id` until it is drawn as a real card. */
async function zoomInOn(page: Page, id: string): Promise<void> {
  const item = page.locator(`[data-testid="canvas"] [data-node-id="${id}"]`).first();
  for (let i = 0; i < 25; i++) {
    if ((await zoom(page)) >= 0.9 && (await page.locator(`.react-flow__node[data-id="${id}"]`).count()) === 1) return;
    const box = await item.boundingBox();
    if (!box) throw new Error(`${id} is not on screen`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, (await zoom(page)) < 0.3 ? -600 : -150);
    await page.waitForTimeout(250);
  }
  throw new Error(`could not zoom in on ${id}`);
}

test('a node dropped on a 500-node graph stays where it was dropped while the document is re-read', async ({ wf, page }) => {
  test.setTimeout(120_000);
  await wf.open(osopLink(generateWorkflow(500).text));
  await page.waitForFunction(
    () => document.querySelectorAll('[data-node-id]').length === 500 && !document.querySelector('[data-testid="layout-status"]') && !document.querySelector('.osop-overview[data-drawing="true"]'),
    null,
    { timeout: 60_000 },
  );
  await zoomInOn(page, ID);
  await page.waitForTimeout(300);

  const card = page.locator(`.react-flow__node[data-id="${ID}"]`);
  const box = await card.boundingBox();
  const start = await flowPosition(page, ID);
  if (!box || !start) throw new Error('no card');
  const x0 = box.x + box.width / 2;
  const y0 = box.y + 12; // the header row (not a handle)
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let s = 1; s <= 30; s++) await page.mouse.move(x0 + s * 8, y0 + s * 4);
  const dropped = await flowPosition(page, ID);
  if (!dropped) throw new Error('the card vanished during the drag');
  const moved = Math.hypot(dropped.x - start.x, dropped.y - start.y);
  expect(moved).toBeGreaterThan(150);

  // Sample the card's position every frame from just before the mouse goes up: for 1.8 s and at
  // least 10 frames (a busy machine running other browsers can stall this page's frames for
  // that long while it re-reads the document), 8 s at most.
  await page.evaluate((i) => {
    const samples: (XY | null)[] = [];
    const w = window as unknown as { __samples: typeof samples; __sampled: boolean };
    w.__samples = samples;
    w.__sampled = false;
    const start = performance.now();
    const tick = () => {
      const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(i)}"]`);
      const m = el && new DOMMatrix(getComputedStyle(el).transform);
      samples.push(m ? { x: m.e, y: m.f } : null);
      const elapsed = performance.now() - start;
      if (elapsed < 8000 && (elapsed < 1800 || samples.length < 10)) requestAnimationFrame(tick);
      else w.__sampled = true;
    };
    requestAnimationFrame(tick);
  }, ID);
  await page.mouse.up();
  await page.waitForFunction(() => (window as unknown as { __sampled: boolean }).__sampled, null, { timeout: 15_000 });
  const samples = await page.evaluate(() => (window as unknown as { __samples: (XY | null)[] }).__samples);
  expect(samples.length).toBeGreaterThanOrEqual(10);

  // Never back at (or near) the old place, never gone: within a pixel of the drop at every frame.
  const nearOld = samples.filter((p) => p && Math.hypot(p.x - start.x, p.y - start.y) < moved / 2);
  const off = samples.filter((p) => !p || Math.hypot(p.x - dropped.x, p.y - dropped.y) > 1.5);
  expect({ nearOld: nearOld.length, off: off.length, frames: samples.length }).toEqual({ nearOld: 0, off: 0, frames: samples.length });

  // The drop was written to the document, and the canvas draws the written position.
  await expect(page.getByTestId('layout-status')).toHaveCount(0);
  await expect.poll(async () => decodeOsopHash(await page.evaluate(() => location.hash))).toMatch(new RegExp(`\\n {4}${ID}: \\{ x: -?\\d+, y: -?\\d+ \\}\\n$`));
  const final = await flowPosition(page, ID);
  expect(final && { x: Math.round(final.x), y: Math.round(final.y) }).toEqual({ x: Math.round(dropped.x), y: Math.round(dropped.y) });
});
