import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fastLayout } from '@/layout/fastLayered';
import { parseWorkflow } from '@/model/parse';
import { buildDiagram } from '@/render/diagram';
import { PREVIEW_MAX_NODES, previewSvg } from './previewSvg';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');

describe('start-up preview', () => {
  it('draws every node and edge where the canvas will first draw them (the same fast layout)', () => {
    const parsed = parseWorkflow(reference);
    const svg = previewSvg(parsed, { theme: 'light', direction: null });
    expect(svg).toBeDefined();
    expect(svg?.match(/data-node-id="/g)).toHaveLength(9);
    expect(svg?.match(/<g[^>]*data-edge-from="/g)).toHaveLength(10);
    expect(svg).toContain('Health check failed at 10%');
    // Card positions are those of the canvas's provisional layout.
    const graph = parsed.graph;
    if (!graph) throw new Error('no graph');
    const layout = fastLayout(buildDiagram(graph, 'DOWN').request);
    const xs = [...(svg ?? '').matchAll(/data-node-id="([^"]+)"[^>]*transform="translate\(([-\d.]+) ([-\d.]+)\)"/g)].map((m) => [m[1], Number(m[2]), Number(m[3])] as const);
    expect(xs).toHaveLength(9);
    for (const [id, x, y] of xs) {
      const box = layout.nodes[id ?? ''];
      expect(box && Math.abs(box.x - x) < 0.01 && Math.abs(box.y - y) < 0.01).toBe(true);
    }
  });

  it('follows ?dir= and the theme, and skips what it should not draw', () => {
    const parsed = parseWorkflow(reference);
    expect(previewSvg(parsed, { theme: 'dark', direction: 'RIGHT' })).toMatch(/data-theme="dark"[^>]*data-direction="RIGHT"/);
    expect(previewSvg(parseWorkflow('nodes: [\n'), { theme: 'light', direction: null })).toBeUndefined();
    const big = `nodes:\n${Array.from({ length: PREVIEW_MAX_NODES + 1 }, (_, i) => `  - { id: n${i}, type: cli }`).join('\n')}\n`;
    expect(previewSvg(parseWorkflow(big), { theme: 'light', direction: null })).toBeUndefined();
  });
});
