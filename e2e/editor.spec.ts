import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REFERENCE } from './helpers/paths';

/** Opens the YAML pane and waits for Monaco to hold the document. */
async function openEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'YAML' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
}

/** The text Monaco holds (read through its DOM-independent model). */
function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { monaco?: { editor: { getModels(): { getValue(): string }[] } } };
    return w.monaco?.editor.getModels()[0]?.getValue() ?? '';
  });
}

async function gotoLine(page: Page, line: number): Promise<void> {
  // The scrollable viewport, not `.view-lines` (which moves with the scroll position).
  await page.locator('.monaco-editor .monaco-scrollable-element.editor-scrollable').click({ position: { x: 300, y: 200 } });
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
}

test.describe('two-way editing', () => {
  test.beforeEach(async ({ wf, page }) => {
    await wf.open();
    await wf.waitForNodes(9);
    await openEditor(page);
  });

  test('loads no Monaco before the editor is opened, from our own bundle', async ({ page }) => {
    // Every request went to the app's own origin (the test also runs offline).
    const requests = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  });

  test('typing YAML updates the canvas', async ({ wf, page }) => {
    await expect(page.locator('.monaco-editor')).toContainText('validate_manifests');
    // Rename the workflow: line 5 is `name: "Kubernetes 漸進式發布"`.
    await gotoLine(page, 5);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' v2');
    await expect(wf.workflowName).toHaveText('Kubernetes 漸進式發布 v2');
    // Add a node at the end of the nodes list: type a new node after notify_status's block.
    const text = await editorText(page);
    expect(text).toContain('Kubernetes 漸進式發布 v2');
  });

  test('invalid YAML shows markers and dims the canvas, then recovers', async ({ wf, page }) => {
    await gotoLine(page, 5);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace'); // remove the closing quote
    await expect(page.getByTestId('stale-banner')).toBeVisible();
    await expect(wf.canvas).toHaveClass(/osop-canvas--stale/);
    await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
    await expect(wf.nodes).toHaveCount(9);
    await page.keyboard.type('"');
    await expect(page.getByTestId('stale-banner')).toHaveCount(0);
    await expect(wf.canvas).not.toHaveClass(/osop-canvas--stale/);
  });

  test('undo and redo cover typing, from the editor and from the toolbar', async ({ wf, page }) => {
    await gotoLine(page, 5);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('!!');
    await expect(wf.workflowName).toHaveText('Kubernetes 漸進式發布!!');
    await page.keyboard.press('Control+z');
    await expect(wf.workflowName).toHaveText('Kubernetes 漸進式發布');
    expect(await editorText(page)).toBe(REFERENCE);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(wf.workflowName).toHaveText('Kubernetes 漸進式發布!!');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await editorText(page)).toBe(REFERENCE);
  });

  test('selecting on the canvas highlights the YAML; the cursor selects on the canvas', async ({ wf, page }) => {
    await wf.node('rollback').click();
    await expect(page.locator('.monaco-editor .osop-editor-selected').first()).toBeVisible();
    await expect(page.locator('.monaco-editor')).toContainText('id: rollback');
    await gotoLine(page, 24); // `  - id: canary_10`
    await expect(page.getByTestId('details-panel')).toContainText('canary_10');
  });

  test('a reload brings back the exact text', async ({ wf, page }) => {
    await gotoLine(page, 5);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' (edited)');
    await expect(wf.workflowName).toHaveText('Kubernetes 漸進式發布 (edited)');
    // At once: the address bar has not caught up with the edit yet (it is rewritten 0.35 s
    // after the last change), yet the reload must bring back the edited text.
    await page.reload();
    await wf.waitForNodes(9);
    await expect(wf.workflowName).toHaveText('Kubernetes 漸進式發布 (edited)');
    await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
    expect(await editorText(page)).toBe(REFERENCE.replace('Kubernetes 漸進式發布', 'Kubernetes 漸進式發布 (edited)'));
  });
});
