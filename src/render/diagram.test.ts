import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '@/model/parse';
import type { WorkflowGraph } from '@/model/types';
import { buildDiagram } from './diagram';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');

function graphOf(text: string): WorkflowGraph {
  const graph = parseWorkflow(text).graph;
  if (graph === null) throw new Error('no graph');
  return graph;
}

describe('buildDiagram with the previous diagram', () => {
  it('reuses the cards and label boxes of what did not change, and only those', () => {
    const before = graphOf(reference);
    const first = buildDiagram(before, 'DOWN');
    // Typing elsewhere (a comment line longer): every node is re-read, ranges move.
    const after = graphOf(reference.replace('# Kubernetes Progressive Rollout', '# Kubernetes Progressive Rollout, edited').replace('timeout_sec: 120', 'timeout_sec: 125'));
    const second = buildDiagram(after, 'DOWN', { graph: before, diagram: first });
    const changed = [...second.cards].filter(([id, card]) => card !== first.cards.get(id)).map(([id]) => id);
    expect(changed).toEqual(['apply_manifests']);
    for (const [id, box] of second.labels) expect(box, id).toBe(first.labels.get(id));
    // Same result as building from scratch.
    expect(JSON.stringify([...second.cards])).toBe(JSON.stringify([...buildDiagram(after, 'DOWN').cards]));
    expect(second.request).toEqual(buildDiagram(after, 'DOWN').request);
  });

  it('measures a changed label again', () => {
    const before = graphOf(reference);
    const first = buildDiagram(before, 'DOWN');
    const after = graphOf(reference.replace('label: "Health check failed at 10%"', 'label: "Health check failed at 10% — roll back"'));
    const second = buildDiagram(after, 'DOWN', { graph: before, diagram: first });
    const changed = [...second.labels].filter(([id, box]) => box !== first.labels.get(id)).map(([, box]) => box.full);
    expect(changed).toEqual(['Health check failed at 10% — roll back']);
  });

  it('reuses drawn edges for the very same graph only', () => {
    const graph = graphOf(reference);
    const first = buildDiagram(graph, 'DOWN');
    expect(buildDiagram(graph, 'DOWN', { graph, diagram: first }).edges).toBe(first.edges);
    // After an edit the graph is another one: its edges are drawn again.
    const after = graphOf(reference.replace('timeout_sec: 120', 'timeout_sec: 125'));
    const second = buildDiagram(after, 'DOWN', { graph, diagram: first });
    expect(second.edges).not.toBe(first.edges);
    expect(second.edges).toEqual(buildDiagram(after, 'DOWN').edges);
  });
});
