import { expect, test } from './fixtures';
import { decodeOsopHash } from './helpers/links';

const TWO = `osop_version: "1.0"
id: two-steps
name: Two steps
nodes:
  - id: build
    type: cli
    purpose: Build it
  - id: ship
    type: api
    purpose: Ship it
edges:
  - from: build
    to: ship
`;

test('opens a workflow from an #osop= link', async ({ wf }) => {
  await wf.openText(TWO);
  await wf.waitForNodes(2);
  await expect(wf.workflowName).toHaveText('Two steps');
  await expect(wf.edges).toHaveCount(1);
});

test('opens pasted YAML from the Open menu', async ({ wf }) => {
  await wf.open();
  await wf.waitForNodes(9);
  await wf.paste(TWO);
  await wf.waitForNodes(2);
  await expect(wf.workflowName).toHaveText('Two steps');
});

test('opens a file chosen in the file picker', async ({ wf }) => {
  await wf.open();
  await wf.waitForNodes(9);
  await wf.openFile('two.osop.yaml', TWO);
  await wf.waitForNodes(2);
  await expect(wf.page.getByTestId('header')).toContainText('two.osop.yaml');
});

test('opens a file dropped on the canvas', async ({ wf, page }) => {
  await wf.open();
  await wf.waitForNodes(9);
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.osop', { type: 'text/yaml' }));
    return dt;
  }, TWO);
  await wf.canvas.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await wf.canvas.dispatchEvent('drop', { dataTransfer });
  await wf.waitForNodes(2);
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
});

test('opens every example from the gallery, which shows counts and thumbnails', async ({ wf, page }) => {
  await wf.open();
  await wf.waitForNodes(9);
  await page.getByRole('button', { name: 'Examples' }).click();
  const gallery = page.getByTestId('gallery');
  const cards = gallery.locator('.osop-gallery__card');
  // The gallery's code loads when it is first opened.
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(7);
  await expect(cards.first()).toContainText('9 nodes · 10 edges');
  await expect(gallery.locator('img')).toHaveCount(await cards.count(), { timeout: 60_000 });
  await page.screenshot({ path: 'test-results/screens/gallery.png' });
  const titles = await gallery.locator('.osop-gallery__title').allTextContents();
  await page.keyboard.press('Escape');
  for (const title of titles.slice(1)) {
    await page.getByRole('button', { name: 'Examples' }).click();
    await page.getByRole('button', { name: `Open ${title}` }).click();
    await expect(wf.page.getByTestId('header')).toContainText(title);
    await expect(page.getByTestId('layout-status')).toHaveCount(0);
    expect(await wf.nodes.count()).toBeGreaterThan(3);
    await page.screenshot({ path: `test-results/screens/example-${title.replace(/\W+/g, '-')}.png` });
  }
});

test('opens ?url= and explains a failing address', async ({ wf, page }) => {
  await page.route('https://workflows.example.test/**', async (route) => {
    const url = route.request().url();
    if (url.endsWith('/two.osop.yaml')) await route.fulfill({ status: 200, body: TWO, headers: { 'content-type': 'text/yaml', 'access-control-allow-origin': '*' } });
    else if (url.endsWith('/missing.yaml')) await route.fulfill({ status: 404, body: 'not found', headers: { 'access-control-allow-origin': '*' } });
    else await route.abort('failed');
  });
  await wf.open(`./?url=${encodeURIComponent('https://workflows.example.test/two.osop.yaml')}`);
  await wf.waitForNodes(2);
  await expect(wf.workflowName).toHaveText('Two steps');

  await page.evaluate(() => localStorage.clear());
  await wf.open(`./?url=${encodeURIComponent('https://workflows.example.test/missing.yaml')}`);
  await expect(page.getByTestId('notice')).toContainText('404');
  await wf.waitForNodes(9);

  await wf.open(`./?url=${encodeURIComponent('https://workflows.example.test/cors.yaml')}`);
  await expect(page.getByTestId('notice')).toContainText('CORS');
});

test('the address bar keeps the document: reload restores it', async ({ wf, page }) => {
  await wf.open();
  await wf.waitForNodes(9);
  await wf.paste(TWO);
  await wf.waitForNodes(2);
  await expect.poll(async () => decodeOsopHash(await page.evaluate(() => location.hash))).toBe(TWO);
  await page.reload();
  await wf.waitForNodes(2);
  // Without the fragment the autosave brings it back too.
  await page.goto('./');
  await wf.waitForNodes(2);
});
