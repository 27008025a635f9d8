import { expect, test } from './fixtures';
import { REFERENCE } from './helpers/paths';
import { overlaps } from './pages/WorkflowPage';

test.describe('the reference workflow', () => {
  test.beforeEach(async ({ wf }) => {
    await wf.open('./');
    await wf.waitForNodes(9);
  });

  test('opens by default with 9 nodes, 10 edges and its Chinese name', async ({ wf }) => {
    await expect(wf.edges).toHaveCount(10);
    await expect(wf.workflowName).toHaveText('Kubernetes 漸進式發布');
    await expect(wf.workflowName).toBeVisible();
    for (const id of ['validate_manifests', 'apply_manifests', 'canary_10', 'health_check_10', 'canary_50', 'health_check_50', 'full_promote', 'rollback', 'notify_status']) {
      await expect(wf.node(id)).toBeVisible();
    }
    await expect(wf.node('canary_10')).toHaveAttribute('data-node-type', 'cli');
    await expect(wf.node('health_check_10')).toHaveAttribute('data-node-type', 'api');
  });

  test('every conditional edge shows its label or its condition', async ({ page }) => {
    const conditional = page.locator('g[data-edge-mode="conditional"]');
    await expect(conditional).toHaveCount(4);
    const expected: Record<string, string> = {
      'health_check_10->canary_50': 'error_rate_10 < 0.01',
      'health_check_10->rollback': 'Health check failed at 10%',
      'health_check_50->full_promote': 'error_rate_50 < 0.01',
      'health_check_50->rollback': 'Health check failed at 50%',
    };
    for (const [id, text] of Object.entries(expected)) {
      const label = page.locator(`[data-edge-label="${id}"]`);
      await expect(label).toBeVisible();
      await expect(label).toContainText(text);
    }
    // The full condition is always reachable: in the tooltip and the details panel.
    await expect(page.locator('[data-edge-label="health_check_10->rollback"]')).toHaveAttribute('title', /error_rate_10 >= 0\.01 \|\| p99_latency_10 >= 500/);
    await page.locator('[data-edge-label="health_check_10->rollback"]').click();
    await expect(page.getByTestId('details-panel')).toContainText('error_rate_10 >= 0.01 || p99_latency_10 >= 500');
  });

  test('no label overlaps a node or another label, and nodes do not overlap', async ({ wf }) => {
    const nodes = await wf.boxes(wf.nodes);
    const labels = await wf.boxes(wf.edgeLabels);
    expect(labels.length).toBe(4);
    for (const [i, a] of labels.entries()) {
      for (const n of nodes) expect(overlaps(a, n), `label ${i} overlaps a node`).toBe(false);
      for (const b of labels.slice(i + 1)) expect(overlaps(a, b), `label ${i} overlaps another label`).toBe(false);
    }
    for (const [i, a] of nodes.entries()) for (const b of nodes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  test('fits the whole diagram in view on load', async ({ wf, page }) => {
    const canvas = await wf.canvas.boundingBox();
    expect(canvas).not.toBeNull();
    if (!canvas) return;
    for (const b of await wf.boxes(wf.nodes)) {
      expect(b.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(b.y).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(b.y + b.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    }
    await page.screenshot({ path: 'test-results/screens/reference-light.png' });
  });

  test('shows every field of a clicked node', async ({ wf, page }) => {
    await wf.node('health_check_10').click();
    const details = page.getByTestId('details-panel');
    await expect(details).toBeVisible();
    await expect(details).toContainText('Query Prometheus for error rate and latency metrics at 10% canary weight');
    await expect(details).toContainText('max_retries');
    await expect(details).toContainText('https://prometheus.internal');
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toHaveCount(0);
  });

  test('node cards show key facts: command, request, secrets, timeout, retries', async ({ wf }) => {
    await expect(wf.node('validate_manifests')).toContainText('$');
    await expect(wf.node('validate_manifests')).toContainText('kubeconform');
    await expect(wf.node('health_check_10')).toContainText('POST https://prometheus.internal');
    await expect(wf.node('apply_manifests')).toContainText('KUBECONFIG');
    await expect(wf.node('notify_status')).toContainText('SLACK_BOT_TOKEN');
    await expect(wf.node('health_check_10').getByLabel('Up to 3 retries')).toBeVisible();
    await expect(wf.node('health_check_10').getByLabel('Timeout 10m')).toBeVisible();
  });

  test('left-to-right layout puts successors to the right', async ({ wf, page }) => {
    await page.getByRole('button', { name: 'Left → right' }).click();
    await expect(page.getByRole('button', { name: 'Left → right' })).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () => {
        const a = await wf.node('validate_manifests').boundingBox();
        const b = await wf.node('apply_manifests').boundingBox();
        return a && b ? b.x - (a.x + a.width) : -1;
      })
      .toBeGreaterThan(0);
  });

  test('dark theme', async ({ page }) => {
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await expect(page.getByTestId('app')).toHaveAttribute('data-theme', 'dark');
    await page.screenshot({ path: 'test-results/screens/reference-dark.png' });
  });
});

test('x-layout direction RIGHT and pinned positions are honoured', async ({ wf }) => {
  const text = `${REFERENCE}\nx-layout:\n  direction: RIGHT\n  nodes:\n    rollback: { x: 2000, y: -400 }\n`;
  await wf.openText(text);
  await wf.waitForNodes(9);
  const a = await wf.node('validate_manifests').boundingBox();
  const b = await wf.node('apply_manifests').boundingBox();
  expect(a && b && b.x > a.x + a.width).toBe(true);
  // rollback sits exactly at its pinned flow position, above everything else.
  await expect(wf.page.locator('.react-flow__node[data-id="rollback"]')).toHaveCSS('transform', 'matrix(1, 0, 0, 1, 2000, -400)');
  const r = await wf.node('rollback').boundingBox();
  for (const id of ['validate_manifests', 'notify_status', 'canary_50']) {
    const other = await wf.node(id).boundingBox();
    expect(r && other && r.y + r.height < other.y).toBe(true);
  }
});
