/**
 * Everything needed to draw a workflow, derived from the graph: node cards, drawn edges with
 * their label boxes, and the layout request (whose `key` changes only when the geometry
 * would). Shared by the canvas, the SVG renderer and the CLI. Pure.
 */
import type { LayoutEdgeInput, LayoutNodeInput, LayoutRequest } from '@/layout/protocol';
import { hashString } from '@/lib/hash';
import { drawnEdges } from '@/model/queries';
import type { DrawnEdge, LayoutDirection, WorkflowGraph, WorkflowNode } from '@/model/types';
import { edgeLabelBox, type EdgeLabelBox } from './edgeLabel';
import { nodeCard, type NodeCard } from './nodeCard';

export interface Diagram {
  readonly cards: ReadonlyMap<string, NodeCard>;
  readonly edges: readonly DrawnEdge[];
  readonly labels: ReadonlyMap<string, EdgeLabelBox>;
  readonly request: LayoutRequest;
}

/**
 * The diagram a graph had before an edit; its cards and label boxes are reused where they still
 * fit. Drawn edges, when given, are reused only for the very same graph (a diagram measured
 * elsewhere for it, such as the parse worker's).
 */
export interface PreviousDiagram {
  readonly graph: WorkflowGraph;
  readonly diagram: Pick<Diagram, 'cards' | 'labels'> & { readonly edges?: Diagram['edges'] };
}

/** A node's content without its place in the text (which cards do not show). */
const contentOf = (n: WorkflowNode): string => JSON.stringify({ ...n, range: null, index: null });

/**
 * Same card: every field but the node's place in the text has the same value. Shallow first
 * (a predicted parse shares everything but ranges), else by value (a re-parse after typing
 * elsewhere in the text: ~1 ms for 500 nodes, far less than re-measuring their cards).
 */
function sameContent(a: WorkflowNode, b: WorkflowNode): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof WorkflowNode)[];
  if (keys.length === Object.keys(b).length && keys.every((k) => k === 'range' || k === 'index' || a[k] === b[k])) return true;
  return contentOf(a) === contentOf(b);
}

/**
 * Builds the diagram of a graph for a layout direction. With `previous` (the diagram before an
 * edit), the card of every node whose content is unchanged, and every label box whose text is,
 * is the previous object: after a small edit only what changed is measured and redrawn.
 */
export function buildDiagram(graph: WorkflowGraph, direction: LayoutDirection, previous?: PreviousDiagram): Diagram {
  const cards = new Map<string, NodeCard>();
  const nodes: LayoutNodeInput[] = [];
  const before = previous === undefined ? undefined : new Map(previous.graph.nodes.map((n) => [n.id, n]));
  for (const node of graph.nodes) {
    const old = before?.get(node.id);
    const reused = old !== undefined && sameContent(old, node) ? previous?.diagram.cards.get(node.id) : undefined;
    const card = reused ?? nodeCard(node);
    cards.set(node.id, card);
    // Pins are applied after ELK (see applyPins), so they never force a new ELK run.
    nodes.push({ id: node.id, width: card.width, height: card.height });
  }
  const edges = previous?.graph === graph && previous.diagram.edges ? previous.diagram.edges : drawnEdges(graph);
  const labels = new Map<string, EdgeLabelBox>();
  const layoutEdges: LayoutEdgeInput[] = edges.map((e) => {
    if (e.text === undefined || e.text.trim() === '') return { id: e.id, from: e.from, to: e.to };
    const old = previous?.diagram.labels.get(e.id);
    const box = old !== undefined && old.full === e.text ? old : edgeLabelBox(e.text);
    labels.set(e.id, box);
    return { id: e.id, from: e.from, to: e.to, label: { text: e.text, width: box.width, height: box.height } };
  });
  const geometry = JSON.stringify([
    direction,
    nodes.map((n) => [n.id, n.width, n.height]),
    layoutEdges.map((e) => [e.id, e.from, e.to, e.label?.width, e.label?.height]),
  ]);
  const key = `${hashString(geometry)}-${geometry.length.toString(36)}`;
  return { cards, edges, labels, request: { key, direction, nodes, edges: layoutEdges } };
}
