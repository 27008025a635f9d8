/**
 * Pure adapter from what the store shows (graph + diagram + layout) to React Flow nodes and
 * edges. Nodes carry explicit sizes and handles so React Flow can draw edges before it has
 * measured anything; edges carry ELK's route and label box.
 */
import { Position, type Edge, type Node } from '@xyflow/react';
import { applyPins } from '@/layout/pins';
import type { LaidOutEdge } from '@/layout/protocol';
import type { DrawnEdge, LayoutDirection, WorkflowNode, XY } from '@/model/types';
import type { Diagram } from '@/render/diagram';
import type { EdgeLabelBox } from '@/render/edgeLabel';
import { cssStroke, edgeStyle, type EdgeStyle } from '@/render/edgeStyle';
import type { NodeCard } from '@/render/nodeCard';
import type { AppState } from '@/store/types';
import { arrowMarkerId } from './ArrowMarkers';

export interface OsopNodeData extends Record<string, unknown> {
  readonly node: WorkflowNode;
  readonly card: NodeCard;
  readonly direction: LayoutDirection;
  /** Shows connectable handles (editor app, text parses). */
  readonly editable: boolean;
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

export type Shown = NonNullable<AppState['shown']>;

export interface Flow {
  readonly nodes: OsopFlowNode[];
  readonly edges: OsopFlowEdge[];
}

/**
 * The React Flow nodes and edges of what is shown. With `previous` (the flow before an edit),
 * a node or edge that would look the same keeps its previous object, so React Flow re-renders
 * only what changed (cards are reused by `buildDiagram`, routes by the layout cache). A reused
 * node's `data.node` may then be the node as it was read before the edit: it is only used for
 * what the card shows (id, type), which is the same.
 */
export function toFlow(shown: Shown, editable: boolean, previous?: Flow): Flow {
  const { graph, diagram, layout } = shown;
  const direction = diagram.request.direction;
  const nodes: OsopFlowNode[] = [];
  const oldNodes = previous === undefined ? undefined : new Map(previous.nodes.map((n) => [n.id, n]));
  for (const node of graph.nodes) {
    const card = diagram.cards.get(node.id);
    const box = layout.nodes[node.id];
    if (!card || !box) continue;
    const old = oldNodes?.get(node.id);
    if (old !== undefined && sameNode(old, node, card, direction, editable, box)) {
      nodes.push(old);
      continue;
    }
    nodes.push({
      id: node.id,
      type: 'osop',
      position: { x: box.x, y: box.y },
      width: card.width,
      height: card.height,
      handles: handlesFor(card, direction),
      data: { node, card, direction, editable },
      draggable: editable,
      connectable: editable,
    });
  }
  const oldEdges = previous === undefined ? undefined : new Map(previous.edges.map((e) => [e.id, e]));
  const edges = diagram.edges.map((drawn) => {
    const route = layout.edges[drawn.id];
    const old = oldEdges?.get(drawn.id);
    return old !== undefined && sameEdge(old, drawn, route, diagram.labels.get(drawn.id), editable)
      ? old
      : toFlowEdge(drawn, diagram, route, editable);
  });
  return { nodes, edges };
}

function sameNode(old: OsopFlowNode, node: WorkflowNode, card: NodeCard, direction: LayoutDirection, editable: boolean, box: XY): boolean {
  const d = old.data;
  return (
    d.card === card &&
    d.direction === direction &&
    d.editable === editable &&
    d.node.type === node.type &&
    d.node.typeKind === node.typeKind &&
    old.position.x === box.x &&
    old.position.y === box.y
  );
}

function sameEdge(old: OsopFlowEdge, drawn: DrawnEdge, route: LaidOutEdge | undefined, label: EdgeLabelBox | undefined, editable: boolean): boolean {
  const d = old.data;
  if (d === undefined || d.route !== route || d.label !== label) return false;
  if (old.reconnectable !== (editable && !drawn.id.includes(':case='))) return false;
  const a = d.drawn;
  return (
    a === drawn ||
    (a.edgeIndex === drawn.edgeIndex &&
      a.from === drawn.from &&
      a.to === drawn.to &&
      a.mode === drawn.mode &&
      a.text === drawn.text &&
      a.condition === drawn.condition &&
      a.isBackEdge === drawn.isBackEdge)
  );
}

/**
 * The flow while a node is dragged: only the dragged node and the edges touching it get new
 * objects (re-routed around their new ends), so React Flow re-renders just those.
 */
export function withDraggedNode(flow: Flow, shown: Shown, id: string, position: XY): Flow {
  const moved = applyPins(shown.layout, { [id]: position }, shown.diagram.request.direction);
  return {
    nodes: flow.nodes.map((n) => (n.id === id ? { ...n, position } : n)),
    edges: flow.edges.map((e) => (e.source === id || e.target === id ? patchRoute(e, moved.edges[e.id]) : e)),
  };
}

function patchRoute(edge: OsopFlowEdge, route: LaidOutEdge | undefined): OsopFlowEdge {
  return edge.data ? { ...edge, data: { ...edge.data, route } } : edge;
}

function toFlowEdge(drawn: DrawnEdge, diagram: Diagram, route: LaidOutEdge | undefined, editable: boolean): OsopFlowEdge {
  const style = edgeStyle(drawn.mode);
  const stroke = cssStroke(style.color);
  return {
    id: drawn.id,
    source: drawn.from,
    target: drawn.to,
    type: 'elk',
    data: { drawn, route, label: diagram.labels.get(drawn.id), style, stroke },
    markerEnd: arrowMarkerId(stroke),
    focusable: true,
    // Switch branches other than the entry's own `to` are case targets: edit those in the YAML.
    reconnectable: editable && !drawn.id.includes(':case='),
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
