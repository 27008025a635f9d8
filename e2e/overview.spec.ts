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
