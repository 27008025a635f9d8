/** Pinned positions (from `x-layout.nodes`) applied on top of a layout (pure). */
import { SPACING } from './elkOptions';
import { extent, polylineMidpoint } from './geometry';
import type {
  LaidOutEdge,
  LaidOutNode,
  LayoutDirection,
  LayoutRequest,
  LayoutResult,
  XY,
} from './protocol';
import { routeOrthogonal } from './route';

/** Node id → pinned top-left position. */
export type Pins = Readonly<Record<string, XY>>;

const isPin = (p: XY | undefined): p is XY =>
  p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);

/**
 * Moves every pinned node of `result` to its pin (top-left) and re-routes, with
 * {@link routeOrthogonal}, each edge that touches a node that actually moved; a re-routed
 * edge's label keeps its size and is centred on the route's midpoint. Edges between unmoved
 * nodes keep their route. Pins of unknown nodes and non-finite pins are ignored. Cheap: meant
 * to run on the main thread after every drag without a new ELK run.
 */
export function applyPins(result: LayoutResult, pins: Pins, direction: LayoutDirection): LayoutResult {
  const nodes: Record<string, LaidOutNode> = { ...result.nodes };
  const moved = new Set<string>();
  for (const [id, pin] of Object.entries(pins)) {
    const current = nodes[id];
    if (!current || !isPin(pin)) continue;
    if (Math.abs(current.x - pin.x) < 0.5 && Math.abs(current.y - pin.y) < 0.5) continue;
    nodes[id] = { ...current, x: pin.x, y: pin.y };
    moved.add(id);
  }
  if (moved.size === 0) return result;
  const toRoute = Object.values(result.edges).filter(
    (e) => (e.from !== undefined && moved.has(e.from)) || (e.to !== undefined && moved.has(e.to)),
  );
  const edges = { ...result.edges, ...routeEdges(nodes, toRoute, direction) };
  const { width, height } = extent(nodes, edges);
  return { ...result, nodes, edges, width, height };
}

/** The pins carried by a request's nodes. */
export function pinsOf(request: LayoutRequest): Pins {
  const pins: Record<string, XY> = {};
  for (const n of request.nodes) if (isPin(n.pinned)) pins[n.id] = n.pinned;
  return pins;
}

/** True when every node of the request has a usable pin (and there is at least one node). */
export function isFullyPinned(request: LayoutRequest): boolean {
  return request.nodes.length > 0 && request.nodes.every((n) => isPin(n.pinned));
}

/**
 * The whole layout when every node is pinned, without ELK: nodes sit at their pins and every
 * edge between known nodes is routed with {@link routeOrthogonal}.
 */
export function layoutPinned(request: LayoutRequest, ms = 0): LayoutResult {
  const nodes: Record<string, LaidOutNode> = {};
  for (const n of request.nodes) {
    if (nodes[n.id] || !isPin(n.pinned)) continue;
    nodes[n.id] = { id: n.id, x: n.pinned.x, y: n.pinned.y, width: n.width, height: n.height };
  }
  const seen = new Set<string>();
  const toRoute: LaidOutEdge[] = [];
  for (const e of request.edges) {
    if (seen.has(e.id) || !nodes[e.from] || !nodes[e.to]) continue;
    seen.add(e.id);
    const label = e.label && { x: 0, y: 0, width: e.label.width, height: e.label.height };
    toRoute.push({ id: e.id, from: e.from, to: e.to, points: [], ...(label ? { label } : {}) });
  }
  const edges = routeEdges(nodes, toRoute, request.direction);
  const { width, height } = extent(nodes, edges);
  return { key: request.key, nodes, edges, width, height, ms };
}

/**
 * Routes `edges` (their old points are ignored) between the given nodes. Edges sharing a node
 * side are spread along it, ordered by the other end's position, so they stay distinguishable.
 */
function routeEdges(
  nodes: Readonly<Record<string, LaidOutNode>>,
  edges: readonly LaidOutEdge[],
  direction: LayoutDirection,
): Record<string, LaidOutEdge> {
  const sourceAt = spread(edges, nodes, direction, 'from');
  const targetAt = spread(edges, nodes, direction, 'to');
  const routed: Record<string, LaidOutEdge> = {};
  for (const e of edges) {
    const source = e.from === undefined ? undefined : nodes[e.from];
    const target = e.to === undefined ? undefined : nodes[e.to];
    if (!source || !target) continue;
    const points = routeOrthogonal(source, target, direction, {
      sourceAt: sourceAt.get(e.id) ?? 0.5,
      targetAt: targetAt.get(e.id) ?? 0.5,
      gap: SPACING.edgeNode,
    });
    const { label: _old, ...rest } = e;
    if (!e.label) {
      routed[e.id] = { ...rest, points };
      continue;
    }
    const mid = polylineMidpoint(points);
    const { width, height } = e.label;
    routed[e.id] = { ...rest, points, label: { x: mid.x - width / 2, y: mid.y - height / 2, width, height } };
  }
  return routed;
}

/** For each edge, its attachment fraction along the side of its `end` node. */
function spread(
  edges: readonly LaidOutEdge[],
  nodes: Readonly<Record<string, LaidOutNode>>,
  direction: LayoutDirection,
  end: 'from' | 'to',
): Map<string, number> {
  const other = end === 'from' ? 'to' : 'from';
  const cross = (id: string | undefined): number => {
    const n = id === undefined ? undefined : nodes[id];
    if (!n) return 0;
    return direction === 'DOWN' ? n.x + n.width / 2 : n.y + n.height / 2;
  };
  const groups = new Map<string, LaidOutEdge[]>();
  for (const e of edges) {
    const key = e[end];
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const at = new Map<string, number>();
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => cross(a[other]) - cross(b[other]));
    sorted.forEach((e, i) => at.set(e.id, (i + 1) / (sorted.length + 1)));
  }
  return at;
}
