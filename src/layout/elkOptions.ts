/**
 * ELK option sets. Layered + orthogonal routing everywhere; the expensive phases (crossing
 * minimisation, node placement, layering) get cheaper as graphs grow so that large graphs stay
 * within the layout budget (measurements: layoutPerf.test.ts and the module README in index.ts).
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

/** Node counts up to which each option tier applies (above `medium`: large). */
export const SIZE_TIERS = { small: 100, medium: 250 } as const;

/** The name of an option tier. */
export type SizeTier = 'small' | 'medium' | 'large';

/** Which tier a graph of `nodeCount` nodes gets. */
export function sizeTier(nodeCount: number): SizeTier {
  if (nodeCount <= SIZE_TIERS.small) return 'small';
  if (nodeCount <= SIZE_TIERS.medium) return 'medium';
  return 'large';
}

const TIER_OPTIONS: Readonly<Record<SizeTier, LayoutOptions>> = {
  // Best looks: straight chains (Brandes-Köpf, balanced), branches in YAML order, full sweeps.
  small: {
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
    'elk.layered.thoroughness': '7',
  },
  // Compact (BK spreads big graphs very wide), fewer crossing-minimisation sweeps.
  medium: {
    'elk.layered.nodePlacement.strategy': 'SIMPLE',
    'elk.layered.thoroughness': '3',
  },
  // Network-simplex layering grows super-linearly; longest path from the sources is linear
  // (and places every step right after its latest predecessor, which reads well for workflows).
  large: {
    'elk.layered.nodePlacement.strategy': 'SIMPLE',
    'elk.layered.thoroughness': '1',
    'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
  },
};

/** The ELK options for the root of a graph laid out in `direction` with the given tier. */
export function selectElkOptions(direction: LayoutDirection, tier: SizeTier): LayoutOptions {
  const p = SPACING.padding;
  return {
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
    'elk.spacing.nodeSelfLoop': String(SPACING.selfLoop),
    // Back edges = edges closing a cycle in a depth-first search from the sources, as the
    // simulator defines them; they are drawn against the flow.
    'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    // One port per edge end, spread along the side: parallel edges end at distinct points.
    'elk.layered.mergeEdges': 'false',
    'elk.separateConnectedComponents': 'true',
    ...TIER_OPTIONS[tier],
  };
}

/** Options set on every edge label: inline (the trap: this only works per label) and centred. */
export const LABEL_OPTIONS: LayoutOptions = {
  'elk.edgeLabels.inline': 'true',
  'elk.edgeLabels.placement': 'CENTER',
};
