import { expect, test } from './fixtures';
import { REFERENCE } from './helpers/paths';

test.describe('bad input keeps the last good diagram and explains itself', () => {
  test.beforeEach(async ({ wf }) => {
    await wf.open();
    await wf.waitForNodes(9);
  });

  test('broken YAML: message with line and column, last good diagram dimmed', async ({ wf, page }) => {
    await wf.paste('osop_version: "1.0"\nid: broken\nnodes:\n  - id: a\n    name: "unterminated\n');
    const banner = page.getByTestId('stale-banner');
    await expect(banner).toContainText('showing the last good diagram');
    await expect(banner).toContainText(/Line \d+, column \d+/);
    await expect(wf.nodes).toHaveCount(9);
    await expect(wf.canvas).toHaveClass(/osop-canvas--stale/);
    await page.screenshot({ path: 'test-results/screens/bad-yaml.png' });
  });

  test('root not a mapping', async ({ wf, page }) => {
    await wf.paste('- just\n- a list\n');
    await expect(page.getByTestId('stale-banner')).toContainText(/mapping/i);
    await expect(wf.nodes).toHaveCount(9);
  });

  test('a workflow without nodes', async ({ wf, page }) => {
    await wf.paste('osop_version: "1.0"\nid: empty\nname: Empty\n');
    await expect(page.getByTestId('stale-banner')).toContainText(/nodes/);
    await expect(wf.nodes).toHaveCount(9);
  });

  test('an execution log is not a workflow', async ({ wf, page }) => {
    await wf.openFile('run.osoplog.yaml', 'osoplog_version: "1.0"\nrun_id: r1\nworkflow_id: w\nstatus: COMPLETED\nnode_records: []\n');
    await expect(page.getByTestId('stale-banner')).toContainText(/log/i);
    await expect(wf.nodes).toHaveCount(9);
  });

  test('a binary file', async ({ wf, page }) => {
    await wf.openFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), 'image/png');
    await expect(page.getByTestId('notice')).toContainText('not a text file');
    await expect(wf.nodes).toHaveCount(9);
  });

  test('a file over 5 MB', async ({ wf, page }) => {
    await wf.openFile('huge.osop.yaml', `# ${'x'.repeat(5.5 * 1024 * 1024)}\n`);
    await expect(page.getByTestId('notice')).toContainText('too large');
    await expect(wf.nodes).toHaveCount(9);
  });

  test('a damaged #osop= link', async ({ wf, page }) => {
    await wf.open('./#osop=%%%not-base64!!');
    await expect(page.getByTestId('notice')).toContainText('could not be opened');
    await wf.waitForNodes(9);
    // Decodes fine but holds broken YAML (`{"reared":`): the text opens, marked as not drawable.
    await wf.open('./#osop=q1YqSk0sSk1RsgIA');
    await expect(page.getByTestId('stale-banner')).toContainText('Line 1, column 11');
    await expect(wf.nodes).toHaveCount(9);
  });

  test('hostile text is shown as text, never run', async ({ wf, page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const hostile = REFERENCE.replace('name: "Kubernetes 漸進式發布"', 'name: "<img src=x onerror=alert(1)><script>alert(2)</script>"').replace(
      'purpose: Abort the rollout and restore previous stable version',
      'purpose: "<b onmouseover=alert(3)>bold</b>"',
    );
    await wf.paste(hostile);
    await wf.waitForNodes(9);
    await expect(wf.workflowName).toHaveText('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await expect(wf.node('rollback')).toContainText('<b onmouseover=alert(3)>bold</b>');
    await wf.node('rollback').click();
    await expect(page.getByTestId('details-panel')).toContainText('<b onmouseover=alert(3)>bold</b>');
    await wf.node('rollback').hover();
    expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
