import { readFile } from 'node:fs/promises';
import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { decodeOsopHash, osopLink } from './helpers/links';
import { REFERENCE } from './helpers/paths';

const NAME = 'Kubernetes 漸進式發布';
const edited = (suffix: string) => REFERENCE.replace(NAME, `${NAME}${suffix}`);

/** What the stubbed File System Access API recorded. */
interface Recorded {
  readonly pickerCalls: number;
  readonly suggested: (string | undefined)[];
  readonly writes: { name: string; text: string }[];
}

/**
 * A stand-in for `showSaveFilePicker`: every call counts, and the handle it returns records each
 * completed write (the text written between createWritable() and close()) in `window.__saved`.
 */
async function stubFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const rec = { pickerCalls: 0, suggested: [] as (string | undefined)[], writes: [] as { name: string; text: string }[] };
    (window as unknown as { __saved: typeof rec }).__saved = rec;
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = (options: { suggestedName?: string } = {}) => {
      rec.pickerCalls++;
      rec.suggested.push(options.suggestedName);
      const name = options.suggestedName ?? 'picked.yaml';
      return Promise.resolve({
        kind: 'file',
        name,
        createWritable: () => {
          const parts: string[] = [];
          return Promise.resolve({
            write: async (data: unknown) => {
              parts.push(typeof data === 'string' ? data : await new Blob([data as BlobPart]).text());
            },
            close: () => {
              rec.writes.push({ name, text: parts.join('') });
              return Promise.resolve();
            },
          });
        },
      });
    };
  });
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __saved: Recorded }).__saved);

/** The text Monaco holds. */
function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { monaco?: { editor: { getModels(): { getValue(): string }[] } } };
    return w.monaco?.editor.getModels()[0]?.getValue() ?? '';
  });
}

/** Opens the YAML pane and appends `suffix` to the workflow's name (line 5) by typing. */
async function typeIntoName(page: Page, suffix: string): Promise<void> {
  if (!(await page.locator('.monaco-editor .view-lines').isVisible())) {
    await page.getByRole('button', { name: 'YAML' }).click();
    await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  }
  await page.locator('.monaco-editor .monaco-scrollable-element.editor-scrollable').click({ position: { x: 300, y: 200 } });
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < 5; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft'); // before the closing quote
  await page.keyboard.type(suffix);
}

/** Drags node `id` by (dx, dy) on the canvas. */
async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`no box for ${id}`);
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width / 2 + (i * dx) / 8, box.y + 12 + (i * dy) / 8);
  await page.mouse.up();
}

/** Records the type of every dialog the page raises (accepting it: the navigation goes on). */
function watchDialogs(page: Page): string[] {
  const types: string[] = [];
  page.on('dialog', (d: Dialog) => {
    types.push(d.type());
    if (d.type() === 'beforeunload') void d.accept().catch(() => undefined);
  });
  return types;
}

test.describe('Save with the File System Access API', () => {
  test.beforeEach(async ({ page }) => {
    await stubFileSystemAccess(page);
  });

  test('writes the exact text to the picked file; later saves write the same file without asking', async ({ wf, page }) => {
    await wf.open();
    await wf.waitForNodes(9);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await expect(save).toHaveAttribute('data-unsaved', 'false');

    await typeIntoName(page, ' v2');
    await expect(wf.workflowName).toHaveText(`${NAME} v2`);
    await expect(save).toHaveAttribute('data-unsaved', 'true');
    await save.click();
    await expect.poll(async () => (await recorded(page)).writes.length).toBe(1);
    let rec = await recorded(page);
    expect(rec.writes[0]).toEqual({ name: 'k8s-rollout.osop.yaml', text: edited(' v2') });
    expect(rec.suggested).toEqual(['k8s-rollout.osop.yaml']);
    expect(await editorText(page)).toBe(edited(' v2'));
    await expect(save).toHaveAttribute('data-unsaved', 'false');
    await expect(page.getByTestId('notice')).toContainText('Saved k8s-rollout.osop.yaml');

    // Ctrl+S inside the YAML editor: the same file again, no second picker.
    await typeIntoName(page, ' v3');
    await expect(save).toHaveAttribute('data-unsaved', 'true');
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await recorded(page)).writes.length).toBe(2);
    rec = await recorded(page);
    expect(rec.writes[1]).toEqual({ name: 'k8s-rollout.osop.yaml', text: edited(' v2 v3') });
    expect(rec.pickerCalls).toBe(1);
    await expect(save).toHaveAttribute('data-unsaved', 'false');

    // A canvas gesture is an unsaved change too; the toolbar saves exactly the text it wrote.
    await dragNode(page, 'rollback', 96, -48);
    await expect(save).toHaveAttribute('data-unsaved', 'true');
    await expect.poll(() => editorText(page)).toContain('rollback: { x:');
    await save.click();
    await expect.poll(async () => (await recorded(page)).writes.length).toBe(3);
    rec = await recorded(page);
    const text = await editorText(page);
    expect(text.startsWith(edited(' v2 v3'))).toBe(true);
    expect(text).toMatch(/x-layout:\n {2}nodes:\n {4}rollback: \{ x: -?\d+, y: -?\d+ \}\n$/);
    expect(rec.writes[2]).toEqual({ name: 'k8s-rollout.osop.yaml', text });
    expect(rec.pickerCalls).toBe(1);
    await expect(save).toHaveAttribute('data-unsaved', 'false');
    // Saved: leaving does not ask, and the reloaded text counts as saved.
    const dialogs = watchDialogs(page);
    await page.reload();
    await wf.waitForNodes(9);
    expect(dialogs).toEqual([]);
    await expect(save).toHaveAttribute('data-unsaved', 'false');
  });

  test('an opened file is saved under its own name; Ctrl+S works from the canvas too', async ({ wf, page }) => {
    await wf.open();
    await wf.waitForNodes(9);
    await wf.openFile('release.yml', REFERENCE);
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('data-unsaved', 'false');
    await dragNode(page, 'rollback', 80, 40);
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('data-unsaved', 'true');
    await wf.canvas.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await recorded(page)).writes.length).toBe(1);
    const rec = await recorded(page);
    expect(rec.suggested).toEqual(['release.yml']);
    expect(rec.writes[0]?.name).toBe('release.yml');
    expect(rec.writes[0]?.text.startsWith(REFERENCE)).toBe(true);
    expect(rec.writes[0]?.text).toMatch(/rollback: \{ x: -?\d+, y: -?\d+ \}\n$/);
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('data-unsaved', 'false');
  });
});

test('without the File System Access API, Save downloads the document', async ({ wf, page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await wf.open();
  await wf.waitForNodes(9);
  expect(await page.evaluate(() => 'showSaveFilePicker' in window)).toBe(false);
  await typeIntoName(page, ' (downloaded)');
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toHaveAttribute('data-unsaved', 'true');
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toBe('k8s-rollout.osop.yaml');
  expect(await readFile(await download.path(), 'utf8')).toBe(edited(' (downloaded)'));
  await expect(save).toHaveAttribute('data-unsaved', 'false');
  await expect(page.getByTestId('notice')).toContainText('Downloaded k8s-rollout.osop.yaml');
});

test.describe('leaving the page', () => {
  test('an address-bar write that runs while the leave prompt is open does not hide the edit from the reload', async ({ wf, page }) => {
    await wf.open();
    await wf.waitForNodes(9);
    // Once drawn, the address bar holds the reference: that is the address a reload will load.
    await expect.poll(async () => decodeOsopHash(await page.evaluate(() => location.hash))).toBe(REFERENCE);
    await typeIntoName(page, ' (late)');
    await expect(wf.workflowName).toHaveText(`${NAME} (late)`);
    // The user answers the leave prompt only after the pending address-bar write (0.35 s after
    // the last key) is due: it then runs after the reload was asked for, before the page goes.
    page.removeAllListeners('dialog');
    page.on('dialog', (d) => void new Promise((r) => setTimeout(r, 600)).then(() => d.accept()).catch(() => undefined));
    await page.reload();
    await wf.waitForNodes(9);
    await expect(wf.workflowName).toHaveText(`${NAME} (late)`);
    await expect.poll(() => editorText(page)).toBe(edited(' (late)'));
  });

  test('with unsaved changes a reload asks first, and then brings back the exact text', async ({ wf, page }) => {
    await wf.open();
    await wf.waitForNodes(9);
    await typeIntoName(page, ' (unsaved)');
    await expect(wf.workflowName).toHaveText(`${NAME} (unsaved)`);
    // The address bar holds the document within a moment; a reload opens what it holds.
    await expect.poll(async () => decodeOsopHash(await page.evaluate(() => location.hash))).toBe(edited(' (unsaved)'));
    const dialogs = watchDialogs(page);
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await wf.waitForNodes(9);
    await expect(wf.workflowName).toHaveText(`${NAME} (unsaved)`);
    await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
    expect(await editorText(page)).toBe(edited(' (unsaved)'));
    // Still not saved to any file: the Save dot shows, and leaving again asks again.
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await expect(save).toHaveAttribute('data-unsaved', 'true');
    await wf.canvas.click({ position: { x: 5, y: 5 } }); // browsers ask only after a user gesture
    await page.reload();
    expect(dialogs).toEqual(['beforeunload', 'beforeunload']);
    await wf.waitForNodes(9);
    await expect(save).toHaveAttribute('data-unsaved', 'true');
  });

  test('leaving right after an edit asks first, and the autosave brings back the exact text', async ({ wf, page }) => {
    await wf.open();
    await wf.waitForNodes(9);
    await typeIntoName(page, ' (just typed)');
    await expect(wf.workflowName).toHaveText(`${NAME} (just typed)`);
    const dialogs = watchDialogs(page);
    await page.goto('./'); // at once, without a link: the autosave is written as the page goes
    expect(dialogs).toEqual(['beforeunload']);
    await wf.waitForNodes(9);
    await expect(wf.workflowName).toHaveText(`${NAME} (just typed)`);
    await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
    expect(await editorText(page)).toBe(edited(' (just typed)'));
  });

  test('with unsaved changes going to another page asks first', async ({ wf, page }) => {
    await wf.open();
    await wf.waitForNodes(9);
    await dragNode(page, 'rollback', 96, -48);
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('data-unsaved', 'true');
    const dialogs = watchDialogs(page);
    await page.goto('about:blank');
    expect(dialogs).toEqual(['beforeunload']);
    expect(page.url()).toBe('about:blank');
  });

  test('without changes nothing asks', async ({ wf, page }) => {
    await wf.open();
    await wf.waitForNodes(9);
    await wf.node('rollback').click(); // a user gesture: Chromium would ask now if the page wanted to
    await expect(page.getByTestId('details-panel')).toBeVisible();
    const dialogs = watchDialogs(page);
    await page.reload();
    await wf.waitForNodes(9);
    await page.goto('about:blank');
    expect(dialogs).toEqual([]);
  });

  test('an embedded view never asks', async ({ wf, page }) => {
    await wf.open(osopLink(REFERENCE, '?embed'));
    await wf.waitForNodes(9);
    await wf.node('rollback').click();
    const dialogs = watchDialogs(page);
    await page.goto('about:blank');
    expect(dialogs).toEqual([]);
  });
});
