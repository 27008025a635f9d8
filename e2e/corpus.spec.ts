import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CORPUS, corpusFiles } from './helpers/paths';

/** Node counts per file from corpus/INDEX.md (workflows only). */
function indexCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const index = readFileSync(join(CORPUS, 'INDEX.md'), 'utf8');
  for (const line of index.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const path = /^`(.+)`$/.exec(cells[1] ?? '')?.[1];
    const ver = cells[4] ?? '';
    const nodes = Number(cells[5]);
    if (path && !ver.startsWith('osoplog') && !ver.startsWith('sop') && Number.isInteger(nodes)) counts.set(path, nodes);
  }
  return counts;
}

const files = corpusFiles();
const CHUNKS = 4;

test.describe('every corpus file opens without an uncaught error', () => {
  test.skip(files.length === 0, 'corpus folder ../shared/corpus not present');
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`corpus part ${chunk + 1} of ${CHUNKS}`, async ({ wf, page }) => {
      test.setTimeout(240_000);
      const counts = indexCounts();
      await wf.open();
      await wf.waitForNodes(9);
      const mine = files.filter((_, i) => i % CHUNKS === chunk);
      for (const file of mine) {
        const text = readFileSync(join(CORPUS, file));
        const before = Number(await page.getByTestId('app').getAttribute('data-doc-nonce'));
        await wf.openFile(file.split('/').pop() ?? file, text);
        await expect(page.getByTestId('app'), file).toHaveAttribute('data-doc-nonce', String(before + 1));
        const expected = counts.get(file);
        if (expected !== undefined && expected > 0) {
          await expect(wf.nodes, file).toHaveCount(expected);
          await expect(page.getByTestId('layout-status'), file).toHaveCount(0);
        } else {
          // Logs, collections and broken fixtures: a clear message, the last diagram stays.
          await expect(page.getByTestId('stale-banner'), file).toBeVisible();
        }
        expect(wf.errors.filter((e) => e.startsWith('pageerror')), file).toEqual([]);
      }
    });
  }
});
