import type { Locator, Page } from '@playwright/test';
import { generateWorkflow } from './bench/generate.mjs';
import { expect, test } from './fixtures';
import { osopLink } from './helpers/links';
import type { WorkflowPage } from './pages/WorkflowPage';

/** Opens a generated workflow of `nodes` nodes and waits for its overview, laid out. */
async function openOverview(wf: WorkflowPage, page: Page, nodes: number): Promise<Locator> {
  await wf.open(osopLink(generateWorkflow(nodes).text));
  const overview = page.locator('svg.osop-overview');
  await expect(overview.locator('[data-node-id]')).toHaveCount(nodes, { timeout: 30_000 });
  await expect(page.getByTestId('layout-status')).toHaveCount(0);
  return overview;
}

// The overview of a large graph carries no tooltip per item up front (they were ~15% of its
// elements): a node or edge label gets its tooltip when the pointer first comes to it.
test('overview items get their tooltip when hovered: a node its name, id and type, a label its condition', async ({ wf, page }) => {
  test.setTimeout(90_000);
  const overview = await openOverview(wf, page, 300);
  await expect(overview.locator('title')).toHaveCount(0);

  const node = overview.locator('[data-node-id]').nth(150);
  const id = await node.getAttribute('data-node-id');
  await node.hover({ force: true });
  await expect(node.locator(':scope > title')).toHaveText(new RegExp(`\\n${id} · \\w+$`));

  const label = overview.locator('rect.osop-ov-label').nth(20);
  await label.hover({ force: true });
  await expect(label.locator(':scope > title')).toHaveText(/^when: out_\d+ > \d+$/);
  // Hovering again adds nothing more.
  await node.hover({ force: true });
  await expect(node.locator('title')).toHaveCount(1);
});

// Up to ~1300 nodes the overview is built outside the page and put in at once: no frame shows a
// part of it (it used to grow chunk by chunk, painted again for every chunk).
test('a 1000-node overview appears whole, in one frame', async ({ wf, page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __firstCount?: number };
    const check = () => {
      const count = document.querySelectorAll('[data-testid="canvas"] [data-node-id]').length;
      if (count > 0) w.__firstCount = count;
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const workflow = generateWorkflow(1000);
  await wf.open(osopLink(workflow.text));
  const overview = page.locator('svg.osop-overview');
  await expect(overview.locator('[data-node-id]')).toHaveCount(1000, { timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { __firstCount?: number }).__firstCount)).toBe(1000);
  // The DOM hooks' edge elements: one per edge (label boxes are not <g>).
  expect(await overview.locator('g[data-edge-from]').count()).toBe(workflow.edges);
  // An arrowhead per edge, batched into a path per colour.
  const heads = await overview.locator('path.osop-ov-heads').evaluateAll((paths) => paths.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1));
  expect(heads.reduce((a, b) => a + b, 0)).toBe(workflow.edges);
});

const viewZoom = (page: Page) => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport') as Element).transform).a);

// Text is drawn only once it is tall enough on screen to be read (TEXT_ZOOM, 0.2): fitted, a
// 300-node overview is at ~0.07, where a title would be ~1 px tall.
test('overview text is drawn once it can be read, and hidden again when the fit button zooms out', async ({ wf, page }) => {
  test.setTimeout(90_000);
  const overview = await openOverview(wf, page, 300);
  await expect(overview).toHaveAttribute('data-drawing', 'false');
  const fitted = await viewZoom(page);
  expect(fitted).toBeLessThan(0.2);
  await expect(overview.locator('text')).toHaveCount(0);
  await expect(overview).toHaveAttribute('data-text', 'hidden');

  // Zoom in with the wheel over a node, staying below the zoom where cards replace the overview.
  const node = overview.locator('rect.osop-ov-card[data-node-id="step_150"]');
  for (let i = 0; i < 20 && (await viewZoom(page)) < 0.2; i++) {
    const box = await node.boundingBox();
    if (!box) throw new Error('step_150 is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(150);
  }
  const zoomedIn = await viewZoom(page);
  expect(zoomedIn).toBeGreaterThanOrEqual(0.2);
  expect(zoomedIn).toBeLessThan(0.42);
  await expect(overview).toHaveAttribute('data-text', 'shown');
  await expect(overview.locator('text.osop-ov-title')).toHaveCount(300);
  const title = overview.locator('[data-title-of="step_150"]');
  await expect(title).toBeVisible();
  await expect(title).toHaveText(/^\w+ the \w/);
  // The title sits on its node's card.
  const [t, n] = await Promise.all([title.boundingBox(), node.boundingBox()]);
  if (!t || !n) throw new Error('no boxes');
  expect(t.x).toBeGreaterThanOrEqual(n.x);
  expect(t.y).toBeGreaterThanOrEqual(n.y);
  expect(t.x + t.width).toBeLessThanOrEqual(n.x + n.width);
  expect(t.y + t.height).toBeLessThanOrEqual(n.y + n.height);
  // Every edge label's text too, on top of its box.
  const labels = await overview.locator('rect.osop-ov-label').count();
  expect(labels).toBeGreaterThan(0);
  await expect(overview.locator('g.osop-ov-label-text')).toHaveCount(labels);
  // A node under its title still gets the click (text takes no pointer events).
  await title.click({ force: true });
  await expect(page.getByTestId('details-panel')).toContainText('step_150');

  // The fit button fits the whole overview again (React Flow's own fit sees no node here), and
  // the text goes.
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(overview).toHaveAttribute('data-text', 'hidden');
  await expect(title).toBeHidden();
  // The details panel narrowed the canvas: once the fit's short glide ends, the zoom is at most
  // the first one.
  await expect.poll(() => viewZoom(page)).toBeLessThanOrEqual(fitted * 1.001);
  expect(await viewZoom(page)).toBeGreaterThan(fitted * 0.6);
});
