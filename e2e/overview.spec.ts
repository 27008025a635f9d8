import { generateWorkflow } from './bench/generate.mjs';
import { expect, test } from './fixtures';
import { osopLink } from './helpers/links';

// The overview of a large graph carries no tooltip per item up front (they were ~15% of its
// elements): a node or edge label gets its tooltip when the pointer first comes to it.
test('overview items get their tooltip when hovered: a node its name, id and type, a label its condition', async ({ wf, page }) => {
  test.setTimeout(90_000);
  const workflow = generateWorkflow(300);
  await wf.open(osopLink(workflow.text));
  const overview = page.locator('svg.osop-overview');
  await expect(overview.locator('[data-node-id]')).toHaveCount(300, { timeout: 30_000 });
  await expect(page.getByTestId('layout-status')).toHaveCount(0);
  await expect(overview.locator('title')).toHaveCount(0);

  const node = overview.locator('[data-node-id]').nth(150);
  const id = await node.getAttribute('data-node-id');
  await node.locator('rect.osop-ov-card').hover({ force: true });
  await expect(node.locator(':scope > title')).toHaveText(new RegExp(`\\n${id} · \\w+$`));

  const label = overview.locator('g.osop-ov-label').nth(20);
  await label.locator('rect').hover({ force: true });
  await expect(label.locator(':scope > title')).toHaveText(/^when: out_\d+ > \d+$/);
  // Hovering again adds nothing more.
  await node.locator('rect.osop-ov-card').hover({ force: true });
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
  expect(await overview.locator('g.osop-ov-edge').count()).toBe(workflow.edges);
  await expect(overview.locator('marker')).not.toHaveCount(0);
});
