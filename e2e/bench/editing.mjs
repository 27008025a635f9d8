// Editing measures for `npm run bench` (DESIGN.md "Budgets"): keystroke → canvas, renaming a
// label through the inspector, and the frame time while dragging a node. Everything is driven
// as a user would (Playwright keyboard and mouse on the production build); timings are taken
// in the page: from the keydown event's timestamp to the first frame painted after the canvas
// DOM shows the change (MutationObserver → requestAnimationFrame → the task after that frame).

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Screenshots of each measure go here, to check by eye that the gestures did what they should. */
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '../../test-results/bench');
mkdirSync(SHOTS, { recursive: true });

/** In-page helpers, installed before the app starts. */
const PROBE_SCRIPT = `
  window.__bench = { keyAt: null, pending: null, statuses: [] };
  addEventListener('keydown', (e) => { if (window.__bench.keyAt === null) window.__bench.keyAt = e.timeStamp; }, true);
  /** Resolves once the node card/overview item of \`id\` shows \`expected\` and differs from \`before\`. */
  window.__bench.watch = (id, expected, before) => {
    const b = window.__bench;
    b.keyAt = null;
    b.statuses = [];
    const shows = () => {
      const t = window.__bench.text(id);
      return t !== null && t !== before && t.includes(expected);
    };
    b.pending = new Promise((resolve, reject) => {
      let domAt = null;
      const timer = setTimeout(() => { obs.disconnect(); reject(new Error('canvas did not show "' + expected + '" on ' + id)); }, 20000);
      const obs = new MutationObserver(() => {
        const status = document.querySelector('[data-testid="layout-status"]')?.textContent;
        if (status && !b.statuses.includes(status)) b.statuses.push(status);
        if (domAt !== null || !shows()) return;
        domAt = performance.now();
        obs.disconnect();
        clearTimeout(timer);
        // The frame that draws the change: its rAF, then the task after its paint.
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve({ keyAt: b.keyAt, domAt, paintedAt: performance.now(), statuses: [...b.statuses] });
          ch.port2.postMessage(0);
        });
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-testid'] });
    });
  };
  /** Text of node \`id\` on the canvas: its card, or its overview item and title (null when not drawn). */
  window.__bench.text = (id) => {
    const canvas = document.querySelector('[data-testid="canvas"]');
    const item = canvas?.querySelector('[data-node-id="' + CSS.escape(id) + '"]');
    if (!item) return null;
    return item.textContent + (canvas.querySelector('[data-title-of="' + CSS.escape(id) + '"]')?.textContent ?? '');
  };
  /** Records requestAnimationFrame timestamps until stopFrames(). */
  window.__bench.startFrames = () => {
    const b = window.__bench;
    b.frames = [];
    const tick = (t) => { if (!b.frames) return; b.frames.push(t); b.raf = requestAnimationFrame(tick); };
    b.raf = requestAnimationFrame(tick);
  };
  window.__bench.stopFrames = () => {
    const b = window.__bench;
    const f = b.frames ?? [];
    b.frames = null;
    cancelAnimationFrame(b.raf);
    return f.slice(1).map((t, i) => t - f[i]);
  };
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function openPage(browser, url, nodes) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(PROBE_SCRIPT);
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelectorAll('[data-node-id]').length === n && !document.querySelector('[data-testid="layout-status"]'), nodes, {
    timeout: 120_000,
    polling: 'raf',
  });
  return { context, page, errors };
}

/** Waits until the overview (large graphs, zoomed out) has finished drawing, if there is one. */
async function quiet(page, ms) {
  await page.waitForFunction(() => !document.querySelector('.osop-overview[data-drawing="true"]'), null, { timeout: 60_000 });
  await sleep(ms);
}

/** Text of the node's card (or overview item and title) on the canvas. */
const nodeText = (page, id) => page.evaluate((i) => window.__bench.text(i), id);

/**
 * Presses `key` and returns the latency (ms) from its keydown to the first painted frame in which
 * node `id` shows `expected` (and differs from before).
 */
async function timedKey(page, key, id, expected) {
  const before = await nodeText(page, id);
  await page.evaluate(([i, e, b]) => window.__bench.watch(i, e, b), [id, expected, before]);
  await page.keyboard.press(key);
  const r = await page.evaluate(() => window.__bench.pending);
  if (r.keyAt === null) throw new Error('no keydown seen');
  return { total: r.paintedAt - r.keyAt, dom: r.domAt - r.keyAt, statuses: r.statuses };
}

/** Opens the YAML pane and puts the cursor at `line`, `column` with Ctrl+G (Monaco's "go to line"). */
async function editorAt(page, line, column) {
  await page.getByRole('button', { name: 'YAML' }).click();
  await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .monaco-scrollable-element.editor-scrollable').click({ position: { x: 300, y: 200 } });
  await page.keyboard.press('Control+g');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  const pos = await page.evaluate(() => window.monaco.editor.getEditors()[0].getPosition());
  if (pos.lineNumber !== line || pos.column !== column) throw new Error(`cursor at ${pos.lineNumber}:${pos.column}, wanted ${line}:${column}`);
}

/**
 * Keystroke → canvas: types into the purpose of node `id` (alternately a letter at the start of
 * the value and Backspace, so the text keeps its length and the card its size). `keys` timed
 * keystrokes after two untimed ones.
 */
export async function measureKeystrokes(browser, { url, nodes, text, id, keys, pauseMs }) {
  const { context, page, errors } = await openPage(browser, url, nodes);
  try {
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.findIndex((m) => m.trim() === `- id: ${id}`) && /^\s+purpose: /.test(l)) + 1;
    const m = /^(\s+purpose: "?)(.*?)"?$/.exec(lines[line - 1]);
    const value = m[2];
    await editorAt(page, line, m[1].length + 1);
    await quiet(page, 500);
    // A large graph's overview draws text only once it can be read: zoom in until it does.
    if (await page.locator('.osop-overview').count()) await zoomToText(page, id);
    const word = value.split(' ')[0];
    const results = [];
    for (let i = 0; i < keys + 2; i++) {
      const r = i % 2 === 0 ? await timedKey(page, 'x', id, `x${word}`) : await timedKey(page, 'Backspace', id, word);
      if (i >= 2) results.push(r);
      await quiet(page, pauseMs);
    }
    const shot = join(SHOTS, `keystroke-${nodes}.png`);
    await page.screenshot({ path: shot });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const view = await page.evaluate(() => (document.querySelector('.osop-overview') ? 'overview' : 'cards'));
    const zoom = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a);
    return { zoom, runs: results.map((r) => r.total), dom: results.map((r) => r.dom), statuses: [...new Set(results.flatMap((r) => r.statuses))], relayouts: results.filter((r) => r.statuses.some((t) => /lay/i.test(t))).length, view, shot };
  } finally {
    await context.close();
  }
}

/** Zooms the canvas in with the mouse wheel over node `id` until its full card is drawn. */
async function zoomInOn(page, id) {
  const sel = `[data-testid="canvas"] [data-node-id="${id}"]`;
  for (let i = 0; i < 20; i++) {
    const zoom = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a);
    if (zoom >= 0.9 && (await page.locator(`.react-flow__node ${sel.split(' ')[1]}`).count()) === 1) return zoom;
    const box = await page.locator(sel).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, zoom < 0.3 ? -600 : -150);
    await sleep(250);
  }
  throw new Error(`could not zoom in on ${id}`);
}

/** Zooms the overview in with the mouse wheel over node `id` until it draws text (TEXT_ZOOM). */
async function zoomToText(page, id) {
  const overview = page.locator('.osop-overview');
  for (let i = 0; i < 20; i++) {
    if ((await overview.getAttribute('data-text')) === 'shown') return quiet(page, 500);
    const box = await page.locator(`.osop-overview [data-node-id="${id}"]`).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await sleep(200);
  }
  throw new Error(`could not zoom in to the overview's text on ${id}`);
}

/** Position of node `id` in flow coordinates (React Flow node transform, or overview item). */
const flowPosition = (page, id) =>
  page.evaluate((i) => {
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(i)}"]`);
    if (!el) return null;
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f };
  }, id);

/**
 * Rename a label: select node `id` on the canvas (zoomed in), type a new name in the details
 * panel's Name field and press Enter; timed from Enter's keydown until the card shows it. Also
 * reports whether a layout ran (layout status shown) or any node moved.
 */
export async function measureRename(browser, { url, nodes, id, others, reps, pauseMs }) {
  const { context, page, errors } = await openPage(browser, url, nodes);
  try {
    await quiet(page, 300);
    const zoom = await zoomInOn(page, id);
    await page.locator(`.react-flow__node [data-node-id="${id}"]`).click();
    const field = page.getByTestId('details-panel').getByLabel('Name', { exact: true });
    await field.waitFor();
    await quiet(page, 500);
    const watched = [id, ...others];
    const positionsBefore = await Promise.all(watched.map((n) => flowPosition(page, n)));
    const results = [];
    for (let i = 0; i < reps + 1; i++) {
      const name = `Renamed ${String.fromCharCode(65 + i)}${i}`;
      await field.click();
      await field.fill(name);
      const r = await timedKey(page, 'Enter', id, name);
      if (i >= 1) results.push(r);
      await quiet(page, pauseMs);
    }
    const positionsAfter = await Promise.all(watched.map((n) => flowPosition(page, n)));
    const moved = watched.filter((n, i) => JSON.stringify(positionsBefore[i]) !== JSON.stringify(positionsAfter[i]));
    const shot = join(SHOTS, 'rename-500.png');
    await page.screenshot({ path: shot });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { runs: results.map((r) => r.total), dom: results.map((r) => r.dom), statuses: [...new Set(results.flatMap((r) => r.statuses))], relayouts: results.filter((r) => r.statuses.some((t) => /lay/i.test(t))).length, moved, zoom, shot };
  } finally {
    await context.close();
  }
}

/**
 * Drag a node: zoom in on node `id`, then `reps` drags (mouse down, `steps` small moves, up) back
 * and forth, recording rAF frame intervals during each drag.
 */
export async function measureDrag(browser, { url, nodes, id, reps, steps }) {
  const { context, page, errors } = await openPage(browser, url, nodes);
  try {
    await quiet(page, 300);
    const zoom = await zoomInOn(page, id);
    await quiet(page, 500);
    const card = page.locator(`.react-flow__node [data-node-id="${id}"]`);
    const runs = [];
    const all = [];
    const moves = [];
    const settle = [];
    let snapBack = false;
    for (let i = 0; i < reps; i++) {
      const box = await card.boundingBox();
      const start = await flowPosition(page, id);
      const x0 = box.x + box.width / 2;
      const y0 = box.y + 12; // the header row (not a handle)
      const dir = i % 2 === 0 ? 1 : -1;
      if (i === 0) await page.screenshot({ path: join(SHOTS, 'drag-before.png') });
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      await page.evaluate(() => window.__bench.startFrames());
      for (let s = 1; s <= steps; s++) await page.mouse.move(x0 + dir * s * 4, y0 + dir * s * 2);
      const intervals = await page.evaluate(() => window.__bench.stopFrames());
      if (i === 0) await page.screenshot({ path: join(SHOTS, 'drag-during.png') });
      const dropped = await flowPosition(page, id);
      const upAt = Date.now();
      await page.mouse.up();
      if (i === 0) snapBack = await page.evaluate(([i, p]) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
        const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(i)}"]`);
        const m = el && new DOMMatrix(getComputedStyle(el).transform);
        resolve(m !== null && (Math.abs(m.e - p.x) > 1.5 || Math.abs(m.f - p.y) > 1.5));
      }))), [id, dropped]);
      // The drop pins the node in the YAML (x-layout); wait until the canvas shows it there.
      await page.waitForFunction(
        ([i, p]) => {
          const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(i)}"]`);
          const m = el && new DOMMatrix(getComputedStyle(el).transform);
          return m !== null && Math.abs(m.e - p.x) < 1.5 && Math.abs(m.f - p.y) < 1.5 && !document.querySelector('[data-testid="layout-status"]');
        },
        [id, dropped],
        { timeout: 30_000, polling: 'raf' },
      );
      settle.push(Date.now() - upAt);
      await quiet(page, 400);
      const end = await flowPosition(page, id);
      moves.push(Math.round(Math.hypot(end.x - start.x, end.y - start.y)));
      runs.push(median(intervals));
      all.push(...intervals);
    }
    await page.screenshot({ path: join(SHOTS, 'drag-after.png') });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { runs, p95: quantile(all, 0.95), max: Math.max(...all), frames: all.length, moves, settle, snapBack, zoom };
  } finally {
    await context.close();
  }
}

export { median };
