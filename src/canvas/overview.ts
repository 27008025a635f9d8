/**
 * The overview of a large workflow: every node, edge and label drawn as plain SVG elements,
 * built in chunks so that even 2000 nodes never block the page for long. Used instead of React
 * Flow's per-node components while a large graph is zoomed out. The elements are written as
 * markup and parsed by the browser in one go per chunk (several times faster than creating
 * them one by one): every text and attribute value from the file goes through the SVG
 * renderer's escaping (`escapeText`, `escapeAttr`), so it is never read as markup. Tooltips
 * (the full name, the condition) are added to an item when the pointer first comes to it
 * (`overviewTitle`): a `<title>` per node and label up front was ~15% of the overview's elements.
 *
 * Text (node titles, label lines) is drawn only once it is tall enough on screen to be read
 * (`TEXT_ZOOM`), in a layer of its own filled when the view first zooms in that far
 * (`addOverviewText`). Fitted, a 500-node overview is at zoom ~0.04, where a title is under
 * 1 px tall: its ~900 text elements cost ~0.18 s of the first drawing and showed nothing.
 */
import { EDGE_LABEL } from '@/render/edgeLabel';
import { cssStroke, edgeStyle } from '@/render/edgeStyle';
import { nodeStyle } from '@/render/nodeStyle';
import { roundedPath } from '@/render/path';
import { escapeAttr, el, escapeText } from '@/render/svg/xml';
import { truncateToWidth } from '@/render/textWidth';
import type { AppState } from '@/store/types';

/** Elements' worth of jobs per task; keeps each task far below 50 ms on a slow machine. */
const CHUNK = 400;
/** Up to this many jobs (nodes, edges, labels) the overview is written in one task. */
const AT_ONCE_JOBS = 2000;
/** Up to this many jobs the overview is built outside the document and put in at once (see buildOverview). */
const SWAP_JOBS = 4000;
const SVG_NS = 'http://www.w3.org/2000/svg';

type Shown = NonNullable<AppState['shown']>;
/**
 * The zoom from which the overview draws text: node titles (20 px) are then at least 4 px tall
 * on screen. Below it they cannot be read (Cytoscape.js's `min-zoomed-font-size` does the same).
 */
export const TEXT_ZOOM = 0.2;

type Layer = 'edges' | 'labels' | 'nodes' | 'text';
const LAYERS = ['edges', 'nodes', 'labels', 'text'] as const;

/** One unit of work: the markup of one node, edge or label, and the layer it goes in. */
interface Job {
  readonly layer: Layer;
  readonly markup: () => string;
}

/** The overview's parts: arrowhead definitions, and a job per node, edge and label. */
export function overviewJobs(shown: Shown): { readonly defs: string; readonly jobs: readonly Job[] } {
  const { graph, diagram, layout } = shown;
  const jobs: Job[] = [];
  /** One arrowhead marker per stroke colour. */
  const markers = new Map<string, string>();
  const markerFor = (stroke: string): string => {
    let id = markers.get(stroke);
    if (id === undefined) {
      id = `osop-ov-arrow-${markers.size}`;
      markers.set(stroke, id);
    }
    return id;
  };
  for (const drawn of diagram.edges) {
    const route = layout.edges[drawn.id];
    if (!route || route.points.length < 2) continue;
    const style = edgeStyle(drawn.mode);
    const stroke = cssStroke(style.color);
    const marker = markerFor(stroke);
    jobs.push({
      layer: 'edges',
      markup: () =>
        el(
          'g',
          { class: 'osop-ov-edge', 'data-edge-id': drawn.id, 'data-edge-from': drawn.from, 'data-edge-to': drawn.to, 'data-edge-mode': drawn.mode },
          el('path', { d: roundedPath(route.points), stroke, 'stroke-width': style.width * 1.6, fill: 'none', 'marker-end': `url(#${marker})`, 'stroke-dasharray': style.dash }),
        ),
    });
    const box = route.label;
    const label = diagram.labels.get(drawn.id);
    if (box && label) {
      jobs.push({
        layer: 'labels',
        markup: () =>
          el(
            'g',
            { class: 'osop-ov-label', 'data-edge-label': drawn.id, 'data-edge-from': drawn.from, 'data-edge-to': drawn.to },
            el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 5, stroke }),
          ),
      });
    }
  }
  for (const node of graph.nodes) {
    const box = layout.nodes[node.id];
    const card = diagram.cards.get(node.id);
    if (!box || !card) continue;
    const style = nodeStyle(node.type, node.typeKind);
    jobs.push({
      layer: 'nodes',
      markup: () => {
        const shapes = el('rect', { class: 'osop-ov-card', width: box.width, height: box.height, rx: 10 }) + el('rect', { class: 'osop-ov-bar', width: box.width, height: 7, rx: 3 });
        return el(
          'g',
          { class: 'osop-ov-node', 'data-node-id': node.id, 'data-node-type': node.type, transform: `translate(${box.x},${box.y})`, style: `--accent:${style.color}` },
          shapes,
        );
      },
    });
  }
  const defs = [...markers]
    .map(([stroke, id]) =>
      el(
        'marker',
        { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' },
        `<path d="M0,0 L10,5 L0,10 z" style="fill:${escapeAttr(stroke)}"/>`,
      ),
    )
    .join('');
  return { defs, jobs };
}

/** The overview's text: a job per node title and per edge label's lines, all in the text layer. */
export function overviewTextJobs(shown: Shown): readonly Job[] {
  const { graph, diagram, layout } = shown;
  const jobs: Job[] = [];
  for (const drawn of diagram.edges) {
    const route = layout.edges[drawn.id];
    const box = route?.label;
    const label = diagram.labels.get(drawn.id);
    if (!route || route.points.length < 2 || !box || !label) continue;
    jobs.push({
      layer: 'text',
      markup: () =>
        el(
          'g',
          { class: 'osop-ov-label-text', 'data-label-text': drawn.id },
          label.lines.map((line, i) => el('text', { x: box.x + box.width / 2, y: box.y + EDGE_LABEL.padY + EDGE_LABEL.lineH * (i + 0.5) }, escapeText(line))).join(''),
        ),
    });
  }
  for (const node of graph.nodes) {
    const box = layout.nodes[node.id];
    const card = diagram.cards.get(node.id);
    if (!box || !card) continue;
    jobs.push({
      layer: 'text',
      markup: () =>
        el('text', { class: 'osop-ov-title', 'data-title-of': node.id, x: box.x + 16, y: box.y + box.height / 2 }, escapeText(truncateToWidth(card.titleFull, box.width - 32, 20, 'semibold'))),
    });
  }
  return jobs;
}

/** A running overview build: stop it, or have it add the text (once; see TEXT_ZOOM). */
export interface OverviewBuild {
  readonly stop: () => void;
  readonly addText: () => void;
}

/**
 * Fills `svg` with the overview of `shown`, a chunk per task, with its text when `text` is set
 * (else only once `addText` is called). `onDone` runs each time all that was asked for is drawn.
 *
 * Up to SWAP_JOBS jobs (~1300 nodes), the chunks are written into elements outside the
 * document, which replace what the SVG showed in one go once all are in: the page then styles,
 * lays out and paints the overview once, not once per chunk over a growing picture (~0.24 s
 * sooner at 1000 nodes), an edit does not blank the picture while it is rebuilt, and no node is
 * in the document before all are. Larger overviews appear chunk by chunk, as a single paint of
 * them all is a long task. Text added later goes into the overview on screen.
 */
export function buildOverview(svg: SVGSVGElement, shown: Shown, options: { readonly text: boolean }, onDone: () => void): OverviewBuild {
  const { defs, jobs: shapes } = overviewJobs(shown);
  const queue: Job[] = options.text ? [...shapes, ...overviewTextJobs(shown)] : [...shapes];
  let textQueued = options.text;
  const root = svg.ownerDocument.createElementNS(SVG_NS, 'g');
  root.innerHTML = `<defs>${defs}</defs>${LAYERS.map((layer) => `<g data-layer="${layer}"></g>`).join('')}`;
  const layers = new Map<Layer, Element>();
  for (const layer of LAYERS) {
    const g = root.querySelector(`g[data-layer="${layer}"]`);
    if (g) layers.set(layer, g);
  }
  let inDocument = queue.length > SWAP_JOBS;
  if (inDocument) svg.replaceChildren(root);
  let next = 0;
  // A run of a few hundred nodes' worth of jobs is written in one task; more, a chunk per task.
  let atOnce = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const work = () => {
    timer = undefined;
    const end = atOnce ? queue.length : Math.min(queue.length, next + CHUNK);
    const markup: Record<Layer, string[]> = { edges: [], labels: [], nodes: [], text: [] };
    for (; next < end; next++) {
      const job = queue[next];
      if (job) markup[job.layer].push(job.markup());
    }
    for (const [layer, g] of layers) if (markup[layer].length > 0) g.insertAdjacentHTML('beforeend', markup[layer].join(''));
    if (next < queue.length) {
      timer = setTimeout(work, 0);
      return;
    }
    if (!inDocument) svg.replaceChildren(root);
    inDocument = true;
    onDone();
  };
  // Not even the first chunk runs in the caller's task: that task (a layout coming in, React
  // committing it, the user zooming) is long enough already with a large graph.
  const run = () => {
    atOnce = queue.length - next <= AT_ONCE_JOBS;
    timer = setTimeout(work, 0);
  };
  run();
  return {
    stop: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      stopped = true;
    },
    addText: () => {
      if (textQueued || stopped) return;
      textQueued = true;
      const idle = timer === undefined;
      queue.push(...overviewTextJobs(shown));
      if (idle) run();
    },
  };
}

/**
 * The tooltip of an overview item: a node's name, id and type, or an edge label's condition (its
 * full text when it has none). Null for an id the overview does not show.
 */
export function overviewTitle(shown: Shown, kind: 'node' | 'label', id: string): string | null {
  const oneLine = (text: string) => text.replace(/\r\n?/g, '\n');
  if (kind === 'node') {
    const node = shown.graph.nodes.find((n) => n.id === id);
    return node ? oneLine(`${node.label}\n${node.id} · ${node.type || 'no type'}`) : null;
  }
  const drawn = shown.diagram.edges.find((e) => e.id === id);
  const label = shown.diagram.labels.get(id);
  if (!drawn || !label) return null;
  return oneLine(drawn.condition !== undefined ? `when: ${drawn.condition}` : label.full);
}

/** Gives the overview item under `target` its tooltip, the first time the pointer comes to it. */
export function addOverviewTitle(shown: Shown, target: Element): void {
  const item = target.closest('[data-node-id], [data-edge-label]');
  if (!item || item.querySelector(':scope > title')) return;
  const node = item.getAttribute('data-node-id');
  const text = node !== null ? overviewTitle(shown, 'node', node) : overviewTitle(shown, 'label', item.getAttribute('data-edge-label') ?? '');
  if (text === null) return;
  const title = item.ownerDocument.createElementNS(SVG_NS, 'title');
  title.textContent = text;
  item.prepend(title);
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
 * Sets `data-sim-state` on the overview's nodes, edges and labels, and on their text (and removes
 * it for `null`, outside a simulation). Changes attributes only: nothing is rebuilt.
 */
export function applySimStates(svg: SVGSVGElement, sim: OverviewSimStates | null): void {
  const byNode = (attr: string) => {
    for (const el of svg.querySelectorAll(`[${attr}]`)) setState(el, sim?.nodes[el.getAttribute(attr) ?? '']?.state);
  };
  const byEdge = (attr: string) => {
    for (const el of svg.querySelectorAll(`[${attr}]`)) setState(el, sim?.edges[el.getAttribute(attr) ?? '']);
  };
  byNode('data-node-id');
  byNode('data-title-of');
  byEdge('data-edge-id');
  byEdge('data-edge-label');
  byEdge('data-label-text');
}
