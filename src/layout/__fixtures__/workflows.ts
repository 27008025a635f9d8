/** Layout requests used by the layout tests and the perf harness. */
import type { LayoutEdgeInput, LayoutNodeInput, LayoutRequest } from '../protocol';

const CHAR_W = 7;
const LABEL_H = 18;

/** A label box sized like the canvas would (≈7 px per character, one line). */
export const label = (text: string) => ({ text, width: text.length * CHAR_W + 12, height: LABEL_H });

const node = (id: string, width = 200, height = 60): LayoutNodeInput => ({ id, width, height });

/** The reference example (k8s canary rollout): 9 nodes, 10 edges, 4 conditional (all labelled). */
export function k8sRollout(direction: 'DOWN' | 'RIGHT' = 'DOWN'): LayoutRequest {
  const ids = [
    'validate_manifests',
    'apply_manifests',
    'canary_10',
    'health_check_10',
    'canary_50',
    'health_check_50',
    'full_promote',
    'rollback',
    'notify_status',
  ];
  const e = (from: string, to: string, text?: string): LayoutEdgeInput =>
    text === undefined ? { id: `${from}->${to}`, from, to } : { id: `${from}->${to}`, from, to, label: label(text) };
  return {
    key: `k8s-${direction}`,
    direction,
    nodes: ids.map((id) => node(id, 220, 64)),
    edges: [
      e('validate_manifests', 'apply_manifests'),
      e('apply_manifests', 'canary_10'),
      e('canary_10', 'health_check_10'),
      e('health_check_10', 'canary_50', 'error_rate_10 < 0.01 && p99_latency_10 < 500'),
      e('health_check_10', 'rollback', 'Health check failed at 10%'),
      e('canary_50', 'health_check_50'),
      e('health_check_50', 'full_promote', 'error_rate_50 < 0.01 && p99_latency_50 < 500'),
      e('health_check_50', 'rollback', 'Health check failed at 50%'),
      e('full_promote', 'notify_status'),
      e('rollback', 'notify_status'),
    ],
  };
}

/**
 * A small graph with everything awkward: a cycle (retry loop back to an earlier node), a
 * self-loop, two edges between the same pair, a join of two edges and labels everywhere.
 */
export function tricky(direction: 'DOWN' | 'RIGHT' = 'DOWN'): LayoutRequest {
  return {
    key: `tricky-${direction}`,
    direction,
    nodes: [node('start'), node('build', 180, 50), node('test'), node('deploy', 160, 70), node('done')],
    edges: [
      { id: 'start->build', from: 'start', to: 'build' },
      { id: 'build->test', from: 'build', to: 'test', label: label('on success') },
      { id: 'test->build', from: 'test', to: 'build', label: label('retry < 3') },
      { id: 'test->test', from: 'test', to: 'test', label: label('poll') },
      { id: 'test->deploy', from: 'test', to: 'deploy', label: label('passed') },
      { id: 'test->deploy#1', from: 'test', to: 'deploy', label: label('flaky but ok') },
      { id: 'deploy->done', from: 'deploy', to: 'done' },
      { id: 'start->done', from: 'start', to: 'done', label: label('skip everything') },
    ],
  };
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A layered workflow of `n` nodes: layers of 1…√n nodes; every node fed from a nearby node of
 * the previous layer, then more edges to nearby nodes 1–3 layers ahead until there are ~1.6
 * edges per node; ~4% back edges, ~1% self-loops; ~30% of edges carry a 20-character label.
 */
export function layeredWorkflow(n: number, seed = 42, direction: 'DOWN' | 'RIGHT' = 'DOWN'): LayoutRequest {
  const r = rng(seed);
  const width = Math.max(1, Math.round(Math.sqrt(n) / 2));
  const layers: string[][] = [];
  let count = 0;
  while (count < n) {
    const w = Math.max(1, Math.round(r() * width * 2));
    const layer: string[] = [];
    for (let i = 0; i < w && count < n; i++) layer.push(`step_${count++}`);
    layers.push(layer);
  }
  const nodes = layers.flat().map((id) => node(id, 160 + Math.floor(r() * 60), 56));
  const where = new Map<string, [number, number]>();
  layers.forEach((layer, li) => {
    layer.forEach((id, i) => where.set(id, [li, i / Math.max(1, layer.length - 1)]));
  });
  const near = (layer: readonly string[], frac: number): string => {
    const k = Math.round(frac * (layer.length - 1) + (r() - 0.5) * 3);
    return layer[Math.min(layer.length - 1, Math.max(0, k))] ?? '';
  };
  const edges: LayoutEdgeInput[] = [];
  const add = (from: string, to: string): void => {
    const id = `${from}->${to}#${edges.length}`;
    edges.push(r() < 0.3 ? { id, from, to, label: label(`when x_${edges.length} > 0.5`.padEnd(20, '!')) } : { id, from, to });
  };
  for (let li = 1; li < layers.length; li++) {
    const prev = layers[li - 1] ?? [];
    for (const id of layers[li] ?? []) add(near(prev, where.get(id)?.[1] ?? 0), id);
  }
  const target = Math.round(n * 1.6);
  while (edges.length < target && layers.length > 1) {
    const li = Math.floor(r() * layers.length);
    const layer = layers[li] ?? [];
    const from = layer[Math.floor(r() * layer.length)] ?? '';
    const frac = where.get(from)?.[1] ?? 0;
    const roll = r();
    if (roll < 0.04 && li > 0) {
      add(from, near(layers[Math.max(0, li - 1 - Math.floor(r() * 3))] ?? [], frac));
    } else if (roll < 0.05) {
      add(from, from);
    } else if (li + 1 < layers.length) {
      const lj = Math.min(layers.length - 1, li + 1 + Math.floor(r() * r() * 3));
      add(from, near(layers[lj] ?? [], frac));
    }
  }
  return { key: `layered-${n}-${seed}-${direction}`, direction, nodes, edges };
}
