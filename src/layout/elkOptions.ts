/**
 * ELK option sets. Layered + orthogonal routing everywhere; the expensive phases (crossing
 * minimisation, layering, node placement) get cheaper as graphs grow so that large graphs stay
 * within the layout budget. See the README section in index.ts for the measurements.
 */
import type { LayoutOptions } from 'elkjs/lib/elk-api';
import type { LayoutDirection } from './protocol';

/** Spacing in px, shared by the ELK options and the pinned-edge router. */
export const SPACING = {
  /** Between nodes (and label boxes) of the same layer. */
  nodeNode: 40,
  /** Between layers (rank gap). */
  betweenLayers: 50,
  edgeNode: 20,
  edgeEdge: 12,
  edgeNodeBetweenLayers: 20,
  edgeEdgeBetweenLayers: 12,
  /** Between an edge and its label (labels sit inline, on the edge). */
  edgeLabel: 4,
  padding: 24,
  /** Distance of a self-loop from its node. */
  selfLoop: 24,
} as const;

/** Graph size at which the cheaper option sets take over. */
export const SIZE_TIERS = { medium: 150, large: 700 } as const;

/** The ELK options for the root of a graph with `nodeCount` nodes laid out in `direction`. */
export function selectElkOptions(direction: LayoutDirection, nodeCount: number): LayoutOptions {
  const p = SPACING.padding;
  const base: LayoutOptions = {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.padding': `[top=${p},left=${p},bottom=${p},right=${p}]`,
    'elk.spacing.nodeNode': String(SPACING.nodeNode),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.betweenLayers),
    'elk.spacing.edgeNode': String(SPACING.edgeNode),
    'elk.spacing.edgeEdge': String(SPACING.edgeEdge),
    'elk.layered.spacing.edgeNodeBetweenLayers': String(SPACING.edgeNodeBetweenLayers),
    'elk.layered.spacing.edgeEdgeBetweenLayers': String(SPACING.edgeEdgeBetweenLayers),
    'elk.spacing.edgeLabel': String(SPACING.edgeLabel),
    'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    'elk.layered.mergeEdges': 'false',
    'elk.separateConnectedComponents': 'true',
    'elk.spacing.nodeSelfLoop': String(SPACING.selfLoop),
  };
  if (nodeCount <= SIZE_TIERS.medium) {
    return {
      ...base,
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
      'elk.layered.thoroughness': '7',
    };
  }
  if (nodeCount <= SIZE_TIERS.large) {
    return {
      ...base,
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.thoroughness': '3',
    };
  }
  return {
    ...base,
    'elk.layered.nodePlacement.strategy': 'SIMPLE',
    'elk.layered.thoroughness': '1',
  };
}

/** Options set on every edge label: inline (the trap: this only works per label) and centred. */
export const LABEL_OPTIONS: LayoutOptions = {
  'elk.edgeLabels.inline': 'true',
  'elk.edgeLabels.placement': 'CENTER',
};
