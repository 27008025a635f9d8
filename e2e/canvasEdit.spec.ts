import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REFERENCE } from './helpers/paths';

/** The autosaved document text (what the address bar and reload restore). */
function documentText(page: Page): Promise<string> {
  return page.evaluate(() => localStorage.getItem('osop-canvas:document') ?? '');
}


test.describe('editing on the canvas', () => {
  test.beforeEach(async ({ wf }) => {
    await wf.open();
    await wf.waitForNodes(9);
  });

  test('dragging a node writes x-layout and keeps every comment; undo restores the text', async ({ wf, page }) => {
    const node = wf.node('rollback');
    const box = await node.boundingBox();
    if (!box) throw new Error('no box');
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width / 2 + i * 12, box.y + 12 - i * 6);
    await page.mouse.up();
    await expect.poll(() => documentText(page)).toMatch(/x-layout:\n {2}nodes:\n {4}rollback: \{ x: -?\d+, y: -?\d+ \}\n$/);
    const text = await documentText(page);
    expect(text.startsWith(REFERENCE)).toBe(true); // every byte before, comments included, is intact
    const after = await node.boundingBox();
    expect(after && Math.round(after.x - box.x)).toBeGreaterThan(40);
    await page.keyboard.press('Control+z');
    await expect.poll(() => documentText(page)).toBe(REFERENCE);
  });

  test('connecting two handles adds a sequential edge', async ({ wf, page }) => {
    const source = wf.node('validate_manifests').locator('.react-flow__handle.source');
    const target = wf.node('notify_status').locator('.react-flow__handle.target');
    await wf.node('validate_manifests').hover();
    await source.hover();
    await page.mouse.down();
    const t = await target.boundingBox();
    if (!t) throw new Error('no target handle');
    await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect(page.locator('g[data-edge-from="validate_manifests"][data-edge-to="notify_status"]')).toHaveCount(1);
    await expect.poll(() => documentText(page)).not.toBe(REFERENCE);
    const text = await documentText(page);
    // Appended at the end of `edges` (the end of this file) in the style of the others.
    expect(text).toBe(`${REFERENCE}  - from: validate_manifests\n    to: notify_status\n    mode: sequential\n`);
  });

  test('delete a node with the keyboard removes it and its edges', async ({ wf, page }) => {
    await wf.node('canary_50').click();
    await page.keyboard.press('Delete');
    await wf.waitForNodes(8);
    await expect(page.locator('g[data-edge-to="canary_50"], g[data-edge-from="canary_50"]')).toHaveCount(0);
    await expect.poll(() => documentText(page)).not.toMatch(/\bcanary_50\b(?!_)/);
    const text = await documentText(page);
    expect(text).toContain('# Kubernetes Progressive Rollout');
    await page.getByRole('button', { name: 'Undo' }).click();
    await wf.waitForNodes(9);
  });

  test('renaming a node in the inspector updates every reference', async ({ wf, page }) => {
    await wf.node('rollback').click();
    const id = page.getByTestId('details-panel').getByLabel('Id');
    await id.fill('roll_back');
    await id.press('Enter');
    await expect(wf.node('roll_back')).toBeVisible();
    await expect.poll(() => documentText(page)).toContain('roll_back');
    const text = await documentText(page);
    expect(text).not.toMatch(/\brollback\b(?!_status)/);
    expect(text.match(/roll_back/g)?.length).toBe(4); // the node and three edges
  });

  test('inspector edits: purpose, timeout, edge label and condition', async ({ wf, page }) => {
    await wf.node('canary_10').click();
    const panel = page.getByTestId('details-panel');
    await panel.getByLabel('Timeout (s)').fill('450');
    await panel.getByLabel('Timeout (s)').press('Enter');
    await expect(wf.node('canary_10').getByLabel('Timeout 7m 30s')).toBeVisible();
    await page.locator('[data-edge-label="health_check_10->canary_50"]').click();
    await panel.getByLabel('Label').fill('Healthy at 10%');
    await panel.getByLabel('Label').press('Enter');
    await expect(page.locator('[data-edge-label="health_check_10->canary_50"]')).toHaveText('Healthy at 10%');
    await expect.poll(() => documentText(page)).toContain('Healthy at 10%');
    // Exactly two lines changed: canary_10's timeout, and a label after that edge's condition.
    const canary = REFERENCE.indexOf('  - id: canary_10');
    const timeoutAt = REFERENCE.indexOf('    timeout_sec: 300', canary);
    const condition = '    condition: "error_rate_10 < 0.01 && p99_latency_10 < 500"\n';
    const conditionEnd = REFERENCE.indexOf(condition) + condition.length;
    const expected =
      REFERENCE.slice(0, timeoutAt) +
      '    timeout_sec: 450' +
      REFERENCE.slice(timeoutAt + '    timeout_sec: 300'.length, conditionEnd) +
      '    label: Healthy at 10%\n' +
      REFERENCE.slice(conditionEnd);
    await expect.poll(() => documentText(page)).toBe(expected);
  });

  test('adding a node from the palette', async ({ wf, page }) => {
    await page.getByRole('button', { name: 'Add node' }).click();
    await page.getByRole('button', { name: 'Add agent node' }).click();
    await wf.waitForNodes(10);
    await expect(wf.node('agent_1')).toBeVisible();
    await expect.poll(() => documentText(page)).toContain('- id: agent_1');
  });

  test('canvas edits are refused while the YAML does not parse', async ({ wf, page }) => {
    await wf.paste(`${REFERENCE}\nbroken: [\n`);
    await expect(page.getByTestId('stale-banner')).toBeVisible();
    await wf.node('rollback').click();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('notice')).toContainText('Fix it in the editor first');
    await expect(wf.nodes).toHaveCount(9);
  });
});
