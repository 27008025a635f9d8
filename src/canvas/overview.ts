/**
 * The overview of a large workflow: every node, edge and label drawn as plain SVG elements,
 * built imperatively in small chunks so that even 2000 nodes never block the page for long.
 * Used instead of React Flow's per-node components while a large graph is zoomed out. Text
 * goes in through `textContent` only: nothing from the file is ever parsed as markup.
 */
import { EDGE_LABEL } from '@/render/edgeLabel';
import { edgeStyle, NEUTRAL } from '@/render/edgeStyle';
import { nodeStyle } from '@/render/nodeStyle';
import { roundedPath } from '@/render/path';
import { truncateToWidth } from '@/render/textWidth';
import type { AppState } from '@/store/types';

const SVG = 'http://www.w3.org/2000/svg';
/** Elements created per task; keeps each task far below 50 ms on a slow machine. */
const CHUNK = 400;
/** Up to this many elements (nodes, edges, labels) the overview is shown all at once. */
const AT_ONCE_JOBS = 2000;

type Shown = NonNullable<AppState['shown']>;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** One unit of work: appends one node, edge or label to its layer. */
type Job = () => void;

function jobsFor(shown: Shown, layers: { defs: SVGDefsElement; edges: SVGGElement; labels: SVGGElement; nodes: SVGGElement }): Job[] {
  const { graph, diagram, layout } = shown;
  const jobs: Job[] = [];
  const markers = new Map<string, string>();
  /** One arrowhead marker per stroke colour. */
  const markerFor = (stroke: string): string => {
    let id = markers.get(stroke);
    if (id === undefined) {
      id = `osop-ov-arrow-${markers.size}`;
      markers.set(stroke, id);
      const marker = el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' });
      const head = el('path', { d: 'M0,0 L10,5 L0,10 z' });
      head.style.fill = stroke;
      marker.append(head);
      layers.defs.append(marker);
    }
    return id;
  };
  for (const drawn of diagram.edges) {
    const route = layout.edges[drawn.id];
    if (!route || route.points.length < 2) continue;
    const style = edgeStyle(drawn.mode);
    const stroke = style.color === NEUTRAL ? 'var(--osop-edge)' : style.color;
    jobs.push(() => {
      const g = el('g', { class: 'osop-ov-edge', 'data-edge-id': drawn.id, 'data-edge-from': drawn.from, 'data-edge-to': drawn.to, 'data-edge-mode': drawn.mode });
      const path = el('path', { d: roundedPath(route.points), stroke, 'stroke-width': style.width * 1.6, fill: 'none', 'marker-end': `url(#${markerFor(stroke)})` });
      if (style.dash !== undefined) path.setAttribute('stroke-dasharray', style.dash);
      g.append(path);
      layers.edges.append(g);
    });
    const box = route.label;
    const label = diagram.labels.get(drawn.id);
    if (box && label) {
      jobs.push(() => {
        const g = el('g', { class: 'osop-ov-label', 'data-edge-label': drawn.id, 'data-edge-from': drawn.from, 'data-edge-to': drawn.to });
        const title = el('title', {});
        title.textContent = drawn.condition !== undefined ? `when: ${drawn.condition}` : label.full;
        g.append(title, el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 5, stroke }));
        label.lines.forEach((line, i) => {
          const text = el('text', { x: box.x + box.width / 2, y: box.y + EDGE_LABEL.padY + EDGE_LABEL.lineH * (i + 0.5) });
          text.textContent = line;
          g.append(text);
        });
        layers.labels.append(g);
      });
    }
  }
  for (const node of graph.nodes) {
    const box = layout.nodes[node.id];
    const card = diagram.cards.get(node.id);
    if (!box || !card) continue;
    const style = nodeStyle(node.type, node.typeKind);
    jobs.push(() => {
      const g = el('g', { class: 'osop-ov-node', 'data-node-id': node.id, 'data-node-type': node.type, transform: `translate(${box.x},${box.y})` });
      g.style.setProperty('--accent', style.color);
      const title = el('title', {});
      title.textContent = `${node.label}\n${node.id} · ${node.type || 'no type'}`;
      const text = el('text', { x: 16, y: box.height / 2 });
      text.textContent = truncateToWidth(card.titleFull, box.width - 32, 20, 'semibold');
      g.append(title, el('rect', { class: 'osop-ov-card', width: box.width, height: box.height, rx: 10 }), el('rect', { class: 'osop-ov-bar', width: box.width, height: 7, rx: 3 }), text);
      layers.nodes.append(g);
    });
  }
  return jobs;
}

/**
 * Fills `svg` with the overview of `shown`, a chunk per task. Returns a function that stops
 * the work (the caller clears the SVG when it rebuilds). `onDone` runs once all is drawn.
 */
export function buildOverview(svg: SVGSVGElement, shown: Shown, onDone: () => void): () => void {
  svg.replaceChildren();
  const layers = { defs: el('defs', {}), edges: el('g', {}), labels: el('g', {}), nodes: el('g', {}) };
  const jobs = jobsFor(shown, layers);
  // A graph of a few hundred nodes is built detached and shown at once: the page then styles,
  // lays out and paints it once, not once per chunk over a growing picture (~0.2 s saved at
  // 500 nodes). Larger graphs appear chunk by chunk, as a single paint of them is a long task.
  const atOnce = jobs.length <= AT_ONCE_JOBS;
  const attach = () => svg.append(layers.defs, layers.edges, layers.nodes, layers.labels);
  if (!atOnce) attach();
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const work = () => {
    const end = Math.min(jobs.length, next + CHUNK);
    for (; next < end; next++) jobs[next]?.();
    if (next < jobs.length) {
      timer = setTimeout(work, 0);
      return;
    }
    if (atOnce) attach();
    onDone();
  };
  // Not even the first chunk runs in the caller's task: that task (a layout coming in, React
  // committing it) is long enough already with a large graph.
  timer = setTimeout(work, 0);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** What the overview shows of a simulated run: states by node id and by drawn edge id. */
export interface OverviewSimStates {
  readonly nodes: Readonly<Record<string, { readonly state: string }>>;
  readonly edges: Readonly<Record<string, string>>;
}

function setState(el: Element, state: string | undefined): void {
  if (state === undefined) el.removeAttribute('data-sim-state');
  else if (el.getAttribute('data-sim-state') !== state) el.setAttribute('data-sim-state', state);
}

/**
 * Sets `data-sim-state` on the overview's nodes, edges and labels (and removes it for `null`,
 * outside a simulation). Changes attributes only: nothing is rebuilt.
 */
export function applySimStates(svg: SVGSVGElement, sim: OverviewSimStates | null): void {
  for (const el of svg.querySelectorAll('[data-node-id]')) setState(el, sim?.nodes[el.getAttribute('data-node-id') ?? '']?.state);
  for (const el of svg.querySelectorAll('[data-edge-id]')) setState(el, sim?.edges[el.getAttribute('data-edge-id') ?? '']);
  for (const el of svg.querySelectorAll('[data-edge-label]')) setState(el, sim?.edges[el.getAttribute('data-edge-label') ?? '']);
}
