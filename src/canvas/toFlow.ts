/**
 * Pure adapter from what the store shows (graph + diagram + layout) to React Flow nodes and
 * edges. Nodes carry explicit sizes and handles so React Flow can draw edges before it has
 * measured anything; edges carry ELK's route and label box.
 */
import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import type { LaidOutEdge } from '@/layout/protocol';
import type { DrawnEdge, LayoutDirection, WorkflowNode } from '@/model/types';
import type { Diagram } from '@/render/diagram';
import type { EdgeLabelBox } from '@/render/edgeLabel';
import { edgeStyle, NEUTRAL, type EdgeStyle } from '@/render/edgeStyle';
import type { NodeCard } from '@/render/nodeCard';
import type { AppState } from '@/store/types';

export interface OsopNodeData extends Record<string, unknown> {
  readonly node: WorkflowNode;
  readonly card: NodeCard;
  readonly direction: LayoutDirection;
}

export interface OsopEdgeData extends Record<string, unknown> {
  readonly drawn: DrawnEdge;
  readonly route: LaidOutEdge | undefined;
  readonly label: EdgeLabelBox | undefined;
  readonly style: EdgeStyle;
  readonly stroke: string;
}

export type OsopFlowNode = Node<OsopNodeData, 'osop'>;
export type OsopFlowEdge = Edge<OsopEdgeData, 'elk'>;

/** CSS colour for the theme-following neutral edge colour. */
const NEUTRAL_STROKE = 'var(--osop-edge)';

export function toFlow(shown: NonNullable<AppState['shown']>): { nodes: OsopFlowNode[]; edges: OsopFlowEdge[] } {
  const { graph, diagram, layout } = shown;
  const direction = diagram.request.direction;
  const nodes: OsopFlowNode[] = [];
  for (const node of graph.nodes) {
    const card = diagram.cards.get(node.id);
    const box = layout.nodes[node.id];
    if (!card || !box) continue;
    nodes.push({
      id: node.id,
      type: 'osop',
      position: { x: box.x, y: box.y },
      width: card.width,
      height: card.height,
      handles: handlesFor(card, direction),
      data: { node, card, direction },
      draggable: false,
      connectable: false,
    });
  }
  const edges = diagram.edges.map((drawn) => toFlowEdge(drawn, diagram, layout.edges[drawn.id]));
  return { nodes, edges };
}

function toFlowEdge(drawn: DrawnEdge, diagram: Diagram, route: LaidOutEdge | undefined): OsopFlowEdge {
  const style = edgeStyle(drawn.mode);
  const stroke = style.color === NEUTRAL ? NEUTRAL_STROKE : style.color;
  return {
    id: drawn.id,
    source: drawn.from,
    target: drawn.to,
    type: 'elk',
    data: { drawn, route, label: diagram.labels.get(drawn.id), style, stroke },
    markerEnd: { type: MarkerType.ArrowClosed, color: stroke, width: 14, height: 14 },
    focusable: true,
  };
}

function handlesFor(card: NodeCard, direction: LayoutDirection): NonNullable<Node['handles']> {
  const down = direction === 'DOWN';
  return [
    {
      type: 'target',
      position: down ? Position.Top : Position.Left,
      x: down ? card.width / 2 : 0,
      y: down ? 0 : card.height / 2,
      width: 1,
      height: 1,
    },
    {
      type: 'source',
      position: down ? Position.Bottom : Position.Right,
      x: down ? card.width / 2 : card.width,
      y: down ? card.height : card.height / 2,
      width: 1,
      height: 1,
    },
  ];
}
