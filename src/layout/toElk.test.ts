import { describe, expect, it } from 'vitest';
import { k8sRollout, layeredWorkflow, tricky } from './__fixtures__/workflows';
import { SIZE_TIERS } from './elkOptions';
import { toElk } from './toElk';

describe('toElk', () => {
  it('sets layered, orthogonal, direction and spacing options on the root', () => {
    const graph = toElk(k8sRollout('RIGHT'));
    const o = graph.layoutOptions ?? {};
    expect(o['elk.algorithm']).toBe('layered');
    expect(o['elk.direction']).toBe('RIGHT');
    expect(o['elk.edgeRouting']).toBe('ORTHOGONAL');
    expect(o['elk.layered.cycleBreaking.strategy']).toBe('DEPTH_FIRST');
    for (const key of [
      'elk.spacing.nodeNode',
      'elk.layered.spacing.nodeNodeBetweenLayers',
      'elk.spacing.edgeEdge',
      'elk.spacing.edgeNode',
      'elk.spacing.edgeLabel',
      'elk.layered.spacing.edgeNodeBetweenLayers',
    ]) {
      expect(Number(o[key]), key).toBeGreaterThan(0);
    }
    expect(toElk(k8sRollout('DOWN')).layoutOptions?.['elk.direction']).toBe('DOWN');
  });

  it('sends each label with its size and inline placement set on the label itself', () => {
    const request = tricky();
    const graph = toElk(request);
    const labelled = request.edges.filter((e) => e.label);
    const elkEdges = graph.edges ?? [];
    expect(elkEdges).toHaveLength(request.edges.length);
    for (const edge of labelled) {
      const elkEdge = elkEdges.find((e) => e.id === `e:${edge.id}`);
      const label = elkEdge?.labels?.[0];
      expect(label).toMatchObject({
        text: edge.label?.text,
        width: edge.label?.width,
        height: edge.label?.height,
      });
      expect(label?.layoutOptions?.['elk.edgeLabels.inline']).toBe('true');
    }
    const plain = elkEdges.find((e) => e.id === 'e:start->build');
    expect(plain?.labels).toBeUndefined();
    expect(plain).toMatchObject({ sources: ['n:start'], targets: ['n:build'] });
  });

  it('namespaces ids, drops duplicate nodes and edges to unknown nodes, sanitises sizes', () => {
    const graph = toElk({
      key: 'k',
      direction: 'DOWN',
      nodes: [
        { id: 'a', width: 100, height: 40 },
        { id: 'a', width: 999, height: 999 },
        { id: 'e:a', width: Number.NaN, height: -5 },
      ],
      edges: [
        { id: 'a', from: 'a', to: 'e:a' },
        { id: 'a', from: 'a', to: 'a' },
        { id: 'x', from: 'a', to: 'ghost' },
      ],
    });
    expect(graph.children).toEqual([
      { id: 'n:a', width: 100, height: 40 },
      { id: 'n:e:a', width: 0, height: 0 },
    ]);
    expect(graph.edges?.map((e) => e.id)).toEqual(['e:a']);
  });

  it('uses cheaper options as graphs grow', () => {
    const small = toElk(layeredWorkflow(20)).layoutOptions ?? {};
    const medium = toElk(layeredWorkflow(SIZE_TIERS.small + 50)).layoutOptions ?? {};
    const large = toElk(layeredWorkflow(SIZE_TIERS.medium + 50)).layoutOptions ?? {};
    expect(medium['elk.layered.nodePlacement.strategy']).toBe('SIMPLE');
    expect(medium['elk.layered.layering.strategy']).toBeUndefined();
    expect(large['elk.layered.layering.strategy']).toBe('LONGEST_PATH_SOURCE');
    expect(Number(large['elk.layered.thoroughness'])).toBeLessThan(
      Number(small['elk.layered.thoroughness']),
    );
    expect(small['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
  });
});
