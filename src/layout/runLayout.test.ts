import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it, vi } from 'vitest';
import { layoutProblems } from './__fixtures__/checks';
import { k8sRollout, layeredWorkflow } from './__fixtures__/workflows';
import type { LayoutRequest } from './protocol';
import { FAST_LAYOUT_MIN_NODES, usesFastLayout } from './provisional';
import { runLayout } from './runLayout';

const nodes = (n: number): LayoutRequest => layeredWorkflow(n, 5);

describe('runLayout', () => {
  it('switches to the fast layout above the canvas large-graph threshold (150 nodes)', () => {
    expect(FAST_LAYOUT_MIN_NODES).toBe(151);
    expect(usesFastLayout(nodes(150))).toBe(false);
    expect(usesFastLayout(nodes(151))).toBe(true);
  });

  it('lays out a large graph without asking for ELK', async () => {
    const getElk = vi.fn(() => new ELK());
    const request = nodes(300);
    const result = await runLayout(getElk, request);
    expect(getElk).not.toHaveBeenCalled();
    expect(Object.keys(result.nodes)).toHaveLength(300);
    expect(layoutProblems(result, request)).toEqual([]);
    expect(result.ms).toBeGreaterThan(0);
  });

  it('uses ELK (loaded on demand) for small graphs and when a tier is forced', async () => {
    const elk = new ELK();
    const getElk = vi.fn(() => Promise.resolve(elk));
    const small = k8sRollout();
    expect(layoutProblems(await runLayout(getElk, small), small)).toEqual([]);
    expect(getElk).toHaveBeenCalledTimes(1);
    const large = nodes(200);
    expect(layoutProblems(await runLayout(getElk, large, 'large'), large)).toEqual([]);
    expect(getElk).toHaveBeenCalledTimes(2);
  });

  it('needs no layout engine for empty or fully pinned graphs', async () => {
    const getElk = vi.fn(() => new ELK());
    expect(await runLayout(getElk, { key: 'e', direction: 'DOWN', nodes: [], edges: [] })).toMatchObject({ nodes: {} });
    const pinned: LayoutRequest = {
      key: 'p',
      direction: 'DOWN',
      nodes: [
        { id: 'a', width: 10, height: 10, pinned: { x: 0, y: 0 } },
        { id: 'b', width: 10, height: 10, pinned: { x: 0, y: 100 } },
      ],
      edges: [{ id: 'a->b', from: 'a', to: 'b' }],
    };
    expect((await runLayout(getElk, pinned)).nodes.b).toMatchObject({ x: 0, y: 100 });
    expect(getElk).not.toHaveBeenCalled();
  });
});

describe('runLayout provisional answers', () => {
  const small = {
    key: 'k',
    direction: 'DOWN' as const,
    nodes: [
      { id: 'a', width: 100, height: 40 },
      { id: 'b', width: 100, height: 40 },
    ],
    edges: [{ id: 'a->b', from: 'a', to: 'b' }],
  };

  it('posts the fast layout first while ELK is not loaded, then returns ELK’s', async () => {
    const posted: string[] = [];
    const order: string[] = [];
    const elk = () => {
      order.push('elk');
      return new ELK();
    };
    const result = await runLayout(elk, small, undefined, {
      elkReady: false,
      post: (r) => {
        posted.push(r.key);
        order.push('provisional');
      },
    });
    expect(posted).toEqual(['k']);
    expect(order).toEqual(['provisional', 'elk']);
    expect(Object.keys(result.nodes)).toEqual(['a', 'b']);
  });

  it('posts nothing once ELK is ready', async () => {
    const post = vi.fn();
    await runLayout(() => new ELK(), small, undefined, { elkReady: true, post });
    expect(post).not.toHaveBeenCalled();
  });
});
