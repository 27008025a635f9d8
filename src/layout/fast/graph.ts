/**
 * The fast layered layout's input, as flat arrays indexed by node and edge position. Everything
 * is computed in an internal frame where layers run top to bottom ("rank axis" = y) and nodes
 * of a layer are ordered left to right ("order axis" = x). For `RIGHT` the sizes are transposed
 * here and the result is transposed back at the end, so every phase is direction-agnostic.
 */
import type { LayoutRequest } from '../protocol';

/** Nodes and edges of a request, deduplicated and indexed (see {@link buildGraph}). */
export interface FastGraph {
  /** Node ids in input order (first occurrence of a duplicated id wins). */
  readonly ids: readonly string[];
  /** Node size along the order axis (internal width). */
  readonly width: Float64Array;
  /** Node size along the rank axis (internal height). */
  readonly height: Float64Array;
  /** Edge ids in input order: only edges whose ends both exist, first occurrence of an id wins. */
  readonly edgeIds: readonly string[];
  /** Source node index per edge. */
  readonly from: Int32Array;
  /** Target node index per edge. */
  readonly to: Int32Array;
  /** 1 when the edge carries a label. */
  readonly hasLabel: Uint8Array;
  /** Label size along the order axis (0 without a label). */
  readonly labelWidth: Float64Array;
  /** Label size along the rank axis (0 without a label). */
  readonly labelHeight: Float64Array;
  /** True when the request asked for `RIGHT`: internal x is the drawing's y and vice versa. */
  readonly transposed: boolean;
}

/** Non-finite and negative sizes count as 0 (as for ELK). */
const size = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);

/**
 * Indexes a request: duplicate node ids and edge ids keep their first occurrence, edges with an
 * unknown end are dropped (they get no route, as with ELK). Sizes are transposed for `RIGHT`.
 */
export function buildGraph(request: LayoutRequest): FastGraph {
  const transposed = request.direction === 'RIGHT';
  const index = new Map<string, number>();
  const ids: string[] = [];
  const widths: number[] = [];
  const heights: number[] = [];
  for (const node of request.nodes) {
    if (index.has(node.id)) continue;
    index.set(node.id, ids.length);
    ids.push(node.id);
    const w = size(node.width);
    const h = size(node.height);
    widths.push(transposed ? h : w);
    heights.push(transposed ? w : h);
  }
  const seen = new Set<string>();
  const edgeIds: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const hasLabel: number[] = [];
  const labelWidth: number[] = [];
  const labelHeight: number[] = [];
  for (const edge of request.edges) {
    const s = index.get(edge.from);
    const t = index.get(edge.to);
    if (s === undefined || t === undefined || seen.has(edge.id)) continue;
    seen.add(edge.id);
    edgeIds.push(edge.id);
    from.push(s);
    to.push(t);
    const lw = edge.label ? size(edge.label.width) : 0;
    const lh = edge.label ? size(edge.label.height) : 0;
    hasLabel.push(edge.label ? 1 : 0);
    labelWidth.push(transposed ? lh : lw);
    labelHeight.push(transposed ? lw : lh);
  }
  return {
    ids,
    width: Float64Array.from(widths),
    height: Float64Array.from(heights),
    edgeIds,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    hasLabel: Uint8Array.from(hasLabel),
    labelWidth: Float64Array.from(labelWidth),
    labelHeight: Float64Array.from(labelHeight),
    transposed,
  };
}
