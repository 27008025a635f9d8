import { expect, test } from './fixtures';

// When the app's code is slow to load (a slow network), a small diagram is shown as a static
// picture (drawn in the parse worker); the canvas replaces it as soon as it has drawn. Here the
// app's chunk is held back until the picture has been looked at.
test('a static preview stands in for the canvas while the app loads, then gives way to it', async ({ wf, page }) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await wf.open();
  const preview = page.locator('#osop-start-preview');
  await expect(preview).toBeVisible();
  await expect(preview.locator('g.osop-node')).toHaveCount(9);
  await expect(preview.locator('g.osop-edge')).toHaveCount(10);
  await expect(preview).toContainText('Health check failed at 10%');
  // A picture only: the DOM hooks belong to the canvas.
  await expect(page.locator('[data-node-id]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/start-preview.png' });
  release();
  await wf.waitForNodes(9);
  await expect(preview).toHaveCount(0);
  // Its style sheet was scoped to it and went with it.
  expect(await page.evaluate(() => [...document.querySelectorAll('style')].some((s) => s.textContent.includes('#osop-start-preview')))).toBe(false);
});

test('no preview in a page that opens with the editor beside the canvas', async ({ wf, page }) => {
  await page.addInitScript(() => localStorage.setItem('osop-canvas:editor', 'open'));
  await page.route(/\/assets\/boot-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await wf.open();
  await wf.waitForNodes(9);
  expect(await page.evaluate(() => performance.getEntriesByName('osop:preview-shown').length)).toBe(0);
});
