/** LayoutRequest → ELK JSON graph (pure). */
import type { ElkExtendedEdge, ElkLabel, ElkNode } from 'elkjs/lib/elk-api';
import { LABEL_OPTIONS, selectElkOptions, sizeTier, type SizeTier } from './elkOptions';
import type { LayoutRequest } from './protocol';

/**
 * ELK ids are namespaced so that a node, an edge and a label may share a name without
 * clashing inside ELK: `n:<node id>`, `e:<edge id>`, `l:<edge id>`.
 */
export const elkNodeId = (id: string): string => `n:${id}`;
/** See {@link elkNodeId}. */
export const elkEdgeId = (id: string): string => `e:${id}`;
/** See {@link elkNodeId}. */
export const elkLabelId = (edgeId: string): string => `l:${edgeId}`;
/** The request id behind an ELK id made by {@link elkNodeId} / {@link elkEdgeId}. */
export const fromElkId = (elkId: string): string => elkId.slice(2);

/** The id of the ELK root node. */
export const ELK_ROOT_ID = 'root';

/**
 * Builds a flat ELK graph: one child per node (first occurrence wins for duplicate ids), one
 * edge per request edge whose ends both exist (others are left out and get no route), each
 * label as an inline, centred ELK edge label of the given size. Pins are not sent to ELK; they
 * are applied afterwards by `fromElk`. The option tier follows the node count unless `tier` is
 * given.
 */
export function toElk(request: LayoutRequest, tier?: SizeTier): ElkNode {
  const known = new Set<string>();
  const children: ElkNode[] = [];
  for (const node of request.nodes) {
    if (known.has(node.id)) continue;
    known.add(node.id);
    children.push({ id: elkNodeId(node.id), width: size(node.width), height: size(node.height) });
  }
  const edges: ElkExtendedEdge[] = [];
  const seenEdges = new Set<string>();
  for (const edge of request.edges) {
    if (!known.has(edge.from) || !known.has(edge.to) || seenEdges.has(edge.id)) continue;
    seenEdges.add(edge.id);
    const elkEdge: ElkExtendedEdge = {
      id: elkEdgeId(edge.id),
      sources: [elkNodeId(edge.from)],
      targets: [elkNodeId(edge.to)],
    };
    if (edge.label) {
      const label: ElkLabel = {
        id: elkLabelId(edge.id),
        text: edge.label.text,
        width: size(edge.label.width),
        height: size(edge.label.height),
        layoutOptions: { ...LABEL_OPTIONS },
      };
      elkEdge.labels = [label];
    }
    edges.push(elkEdge);
  }
  return {
    id: ELK_ROOT_ID,
    layoutOptions: selectElkOptions(request.direction, tier ?? sizeTier(children.length)),
    children,
    edges,
  };
}

/** ELK rejects NaN and negative sizes; clamp to a sane non-negative number. */
const size = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);
