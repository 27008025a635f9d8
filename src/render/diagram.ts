/**
 * Everything needed to draw a workflow, derived from the graph: node cards, drawn edges with
 * their label boxes, and the layout request (whose `key` changes only when the geometry
 * would). Shared by the canvas, the SVG renderer and the CLI. Pure.
 */
import type { LayoutEdgeInput, LayoutNodeInput, LayoutRequest } from '@/layout/protocol';
import { hashString } from '@/lib/hash';
import { drawnEdges } from '@/model/queries';
import type { DrawnEdge, LayoutDirection, WorkflowGraph } from '@/model/types';
import { edgeLabelBox, type EdgeLabelBox } from './edgeLabel';
import { nodeCard, type NodeCard } from './nodeCard';

export interface Diagram {
  readonly cards: ReadonlyMap<string, NodeCard>;
  readonly edges: readonly DrawnEdge[];
  readonly labels: ReadonlyMap<string, EdgeLabelBox>;
  readonly request: LayoutRequest;
}

/** Builds the diagram of a graph for a layout direction. */
export function buildDiagram(graph: WorkflowGraph, direction: LayoutDirection): Diagram {
  const cards = new Map<string, NodeCard>();
  const nodes: LayoutNodeInput[] = [];
  for (const node of graph.nodes) {
    const card = nodeCard(node);
    cards.set(node.id, card);
    // Pins are applied after ELK (see applyPins), so they never force a new ELK run.
    nodes.push({ id: node.id, width: card.width, height: card.height });
  }
  const edges = drawnEdges(graph);
  const labels = new Map<string, EdgeLabelBox>();
  const layoutEdges: LayoutEdgeInput[] = edges.map((e) => {
    if (e.text === undefined || e.text.trim() === '') return { id: e.id, from: e.from, to: e.to };
    const box = edgeLabelBox(e.text);
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
