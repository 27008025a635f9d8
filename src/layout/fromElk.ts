/** ELK result → LayoutResult (pure): absolute coordinates, then pinned positions applied. */
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { extent } from './geometry';
import { applyPins, pinsOf } from './pins';
import type { Box, LaidOutEdge, LaidOutNode, LayoutRequest, LayoutResult, XY } from './protocol';
import { fromElkId } from './toElk';

/**
 * Converts a laid-out ELK graph (as returned by `elk.layout(toElk(request))`) to a LayoutResult
 * and applies the request's pinned positions (see {@link applyPins}).
 */
export function fromElk(root: ElkNode, request: LayoutRequest, ms = 0): LayoutResult {
  const edgeEnds = new Map(request.edges.map((e) => [e.id, e]));
  return applyPins(readElk(root, request.key, ms, edgeEnds), pinsOf(request), request.direction);
}

/**
 * Reads a laid-out ELK graph into absolute coordinates. Nodes are positioned relative to their
 * parent; edge sections and edge labels relative to the edge's container (`edge.container`,
 * else the node whose `edges` list holds the edge). Every node below the root is returned,
 * compound ones included. Ids are mapped back with {@link fromElkId}; an edge's `from`/`to`
 * come from `edgeEnds` (request ids) when given, else from its first source/target.
 */
export function readElk(
  root: ElkNode,
  key: string,
  ms = 0,
  edgeEnds?: ReadonlyMap<string, { readonly from: string; readonly to: string }>,
): LayoutResult {
  const offsets = new Map<string, XY>();
  const nodes: Record<string, LaidOutNode> = {};
  const holders: { holder: ElkNode; origin: XY }[] = [];
  const rootOrigin = { x: 0, y: 0 };
  offsets.set(root.id, rootOrigin);
  const visit = (parent: ElkNode, origin: XY): void => {
    holders.push({ holder: parent, origin });
    for (const child of parent.children ?? []) {
      const abs = { x: origin.x + (child.x ?? 0), y: origin.y + (child.y ?? 0) };
      offsets.set(child.id, abs);
      const id = fromElkId(child.id);
      nodes[id] = { id, x: abs.x, y: abs.y, width: child.width ?? 0, height: child.height ?? 0 };
      visit(child, abs);
    }
  };
  visit(root, rootOrigin);

  const edges: Record<string, LaidOutEdge> = {};
  for (const { holder, origin } of holders) {
    for (const edge of holder.edges ?? []) {
      const base = (edge.container !== undefined ? offsets.get(edge.container) : undefined) ?? origin;
      const laidOut = readEdge(edge, base, edgeEnds);
      if (laidOut) edges[laidOut.id] = laidOut;
    }
  }
  const { width, height } = extent(nodes, edges, { width: root.width ?? 0, height: root.height ?? 0 });
  return { key, nodes, edges, width, height, ms };
}

function readEdge(
  edge: ElkExtendedEdge,
  base: XY,
  edgeEnds?: ReadonlyMap<string, { readonly from: string; readonly to: string }>,
): LaidOutEdge | undefined {
  const points: XY[] = [];
  const add = (p: XY): void => {
    const abs = { x: base.x + p.x, y: base.y + p.y };
    const last = points[points.length - 1];
    if (last && Math.abs(last.x - abs.x) < 1e-6 && Math.abs(last.y - abs.y) < 1e-6) return;
    points.push(abs);
  };
  for (const section of orderSections(edge.sections ?? [])) {
    add(section.startPoint);
    for (const bend of section.bendPoints ?? []) add(bend);
    add(section.endPoint);
  }
  if (points.length < 2) return undefined;
  const id = fromElkId(edge.id);
  const ends = edgeEnds?.get(id) ?? {
    from: fromElkId(edge.sources[0] ?? ''),
    to: fromElkId(edge.targets[0] ?? ''),
  };
  const elkLabel = edge.labels?.[0];
  if (elkLabel?.x === undefined || elkLabel.y === undefined) {
    return { id, from: ends.from, to: ends.to, points };
  }
  const label: Box = {
    x: base.x + elkLabel.x,
    y: base.y + elkLabel.y,
    width: elkLabel.width ?? 0,
    height: elkLabel.height ?? 0,
  };
  return { id, from: ends.from, to: ends.to, points, label };
}

/** Sections in path order: start with the one that has no incoming section, follow the chain. */
function orderSections(sections: readonly ElkEdgeSection[]): ElkEdgeSection[] {
  if (sections.length <= 1) return [...sections];
  const byId = new Map(sections.map((s) => [s.id, s]));
  const first = sections.find((s) => (s.incomingSections ?? []).length === 0) ?? sections[0];
  const ordered: ElkEdgeSection[] = [];
  const seen = new Set<string>();
  for (let s = first; s && !seen.has(s.id); ) {
    ordered.push(s);
    seen.add(s.id);
    const next = s.outgoingSections?.[0];
    s = next === undefined ? undefined : byId.get(next);
  }
  for (const s of sections) if (!seen.has(s.id)) ordered.push(s);
  return ordered;
}
