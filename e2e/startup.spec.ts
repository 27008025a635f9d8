import { generateWorkflow } from './bench/generate.mjs';
import { expect, test } from './fixtures';
import { osopLink } from './helpers/links';

// A large link is parsed and laid out in the parse worker while the app loads. When the app is
// slow to load (here its chunk is held back), the diagram is ready before the canvas even
// mounts: the overview must still be drawn (it was not, once: React Flow's viewport portal
// only appears a render after the canvas's first).
test('a large graph laid out before the canvas mounts is drawn', async ({ wf, page }) => {
  test.setTimeout(90_000);
  await page.route(/\/assets\/boot-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  const workflow = generateWorkflow(300);
  await wf.open(osopLink(workflow.text));
  const overview = page.locator('svg.osop-overview');
  await expect(overview.locator('[data-node-id]')).toHaveCount(300, { timeout: 30_000 });
  expect(await overview.locator('g.osop-ov-edge').count()).toBeGreaterThanOrEqual(Math.floor(workflow.edges * 0.9));
  await expect(page.getByTestId('layout-status')).toHaveCount(0);
});

// The reference example is drawn fitted in the canvas's first frame: no frame shows its nodes at
// React Flow's default place and zoom before the fit.
test('the first frame with the reference diagram already shows it fitted', async ({ wf, page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstFrame?: { inside: boolean; count: number } };
    const check = () => {
      const nodes = [...document.querySelectorAll('[data-node-id]')];
      if (nodes.length === 0) {
        requestAnimationFrame(check);
        return;
      }
      const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
      const inside = !!canvas && nodes.every((n) => {
        const r = n.getBoundingClientRect();
        return r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1 && r.width > 40;
      });
      w.__firstFrame = { inside, count: nodes.length };
    };
    requestAnimationFrame(check);
  });
  await wf.open();
  await wf.waitForNodes(9);
  const first = await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame);
  expect(await first.jsonValue()).toEqual({ inside: true, count: 9 });
});
