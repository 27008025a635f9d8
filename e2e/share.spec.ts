import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { decodeSimHash, osopLink } from './helpers/links';
import { SimPanel } from './pages/SimPanel';
import { REFERENCE } from './helpers/paths';

test('the embed link in a 600×400 iframe draws every node and loads no Monaco code', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.url());
  });
  const src = new URL(osopLink(REFERENCE, '?embed'), baseURL).href;
  await page.setContent(`<!doctype html><body style="margin:16px"><iframe src="${src}" width="600" height="400" style="border:1px solid #ccc"></iframe></body>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-node-id]')).toHaveCount(9);
  await expect(frame.locator('g[data-edge-from]')).toHaveCount(10);
  await expect(frame.getByRole('link', { name: 'Open in editor' })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'YAML' })).toHaveCount(0);
  expect(scripts.filter((u) => /monaco|YamlEditor|editor\.worker|yaml\.worker/i.test(u))).toEqual([]);
  await frame.locator('[data-node-id="rollback"]').click();
  await expect(frame.getByTestId('details-panel')).toContainText('Abort the rollout');
  await page.screenshot({ path: 'test-results/screens/embed-600x400.png' });
});

test('an exported SVG dropped onto the app reopens the same document', async ({ wf, page }) => {
  await wf.openText(REFERENCE);
  await wf.waitForNodes(9);
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('k8s-rollout-light.svg');
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).toMatch(/<title[^>]*>Kubernetes 漸進式發布<\/title>/);
  // Open something else, then drop the SVG.
  await wf.paste('osop_version: "1.0"\nid: other\nname: Other\nnodes:\n  - id: a\n    type: cli\n');
  await wf.waitForNodes(1);
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'k8s-rollout-light.svg', { type: 'image/svg+xml' }));
    return dt;
  }, svg);
  await wf.canvas.dispatchEvent('dragenter', { dataTransfer });
  await wf.canvas.dispatchEvent('drop', { dataTransfer });
  await wf.waitForNodes(9);
  await expect(wf.workflowName).toHaveText('Kubernetes 漸進式發布');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('osop-canvas:document'))).toBe(REFERENCE);
});

test('Export PNG downloads a 2× image', async ({ wf, page }) => {
  await wf.openText(REFERENCE);
  await wf.waitForNodes(9);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('k8s-rollout-dark.png');
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width at 2×
});

test('every Share snippet opens the same workflow', async ({ wf, page, context }) => {
  test.setTimeout(180_000);
  await wf.openText(REFERENCE);
  await wf.waitForNodes(9);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog.getByTestId('link-size')).toContainText('KB');
  const value = (label: string) => dialog.getByLabel(label, { exact: true }).inputValue();
  const links = [
    await value('Editor link'),
    await value('Embed link'),
    /src="([^"]+)"/.exec(await value('HTML iframe'))?.[1]?.replace(/&amp;/g, '&'),
    /\]\((http[^)]+)\)$/.exec(await value('Markdown (image + link)'))?.[1],
    /href="([^"]+)"/.exec(await value('GitHub picture (light and dark)'))?.[1]?.replace(/&amp;/g, '&'),
  ];
  for (const link of links) {
    expect(link).toBeTruthy();
    const other = await context.newPage();
    await other.goto(link ?? '');
    await expect(other.locator('[data-node-id]')).toHaveCount(9);
    await expect(other.getByTestId('workflow-name')).toHaveText('Kubernetes 漸進式發布');
    await other.close();
  }
});

test('a long document gets a warning and a ?url= link instead', async ({ wf, page }) => {
  const long = `${REFERENCE}\n${Array.from({ length: 3000 }, (_, i) => `# ${i} ${Math.sin(i).toString(36)}`).join('\n')}\n`;
  await wf.openText(long);
  await wf.waitForNodes(9);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toContainText('longer than 8 KB');
  await dialog.getByLabel('Raw file address (optional)').fill('https://raw.example.com/k8s.osop.yaml');
  await expect(dialog.getByLabel('Editor link', { exact: true })).toHaveValue(/\?url=https%3A%2F%2Fraw\.example\.com%2Fk8s\.osop\.yaml$/);
});

test('while simulating, the editor link carries the values on screen (optional)', async ({ wf, page, context }) => {
  const sim = new SimPanel(page);
  await wf.openText(REFERENCE);
  await wf.waitForNodes(9);
  await sim.open();
  await sim.value('error_rate_10').fill('0.02');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByTestId('share-dialog');
  const editorLink = dialog.getByLabel('Editor link', { exact: true });
  const include = dialog.getByRole('checkbox', { name: /Include the simulation values/ });
  await expect(include).toBeChecked();
  await expect(include.locator('..')).toContainText('error_rate_10 = 0.02');
  const link = await editorLink.inputValue();
  expect(decodeSimHash(new URL(link).hash)).toMatchObject({ 'health_check_10.error_rate_10': 0.02 });
  await include.uncheck();
  await expect(editorLink).not.toHaveValue(/&sim=/);
  // The link with the values opens in Simulate with them: the run rolls back.
  const other = await context.newPage();
  await other.goto(link);
  const otherSim = new SimPanel(other);
  await expect(otherSim.value('error_rate_10')).toHaveValue('0.02');
  await otherSim.runToEnd();
  await otherSim.expectStates({ rollback: 'succeeded', canary_50: 'skipped' });
  await other.close();
});
