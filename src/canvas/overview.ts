/**
 * The overview of a large workflow: every node, edge and label drawn as plain SVG elements
 * (their markup: overviewMarkup.ts), built in chunks so that even 2000 nodes never block the
 * page for long. Used instead of React Flow's per-node components while a large graph is zoomed
 * out. The elements are written as markup and parsed by the browser in one go per chunk (several
 * times faster than creating them one by one). Tooltips (the full name, the condition) are added
 * to an item when the pointer first comes to it (`addOverviewTitle`): a `<title>` per node and
 * label up front was ~15% of the overview's elements.
 *
 * Text (node titles, label lines) is drawn only once it is tall enough on screen to be read
 * (`TEXT_ZOOM`), in a layer of its own filled when the view first zooms in that far
 * (`OverviewBuild.addText`). Fitted, a 500-node overview is at zoom ~0.04, where a title is under
 * 1 px tall: its ~750 text elements cost ~0.15 s of the first drawing and showed nothing.
 */
import { LAYERS, overviewBatches, overviewJobs, overviewTextJobs, overviewTitle, type Job, type Layer, type OverviewSimStates, type Shown } from './overviewMarkup';

/** Elements' worth of jobs per task; keeps each task far below 50 ms on a slow machine. */
const CHUNK = 400;
/** Up to this many jobs (nodes, edges, labels) the overview is written in one task. */
const AT_ONCE_JOBS = 2000;
/** Up to this many jobs the overview is built outside the document and put in at once (see buildOverview). */
const SWAP_JOBS = 4000;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The zoom from which the overview draws text: node titles (20 px) are then at least 4 px tall
 * on screen. Below it they cannot be read (Cytoscape.js's `min-zoomed-font-size` does the same).
 */
export const TEXT_ZOOM = 0.2;

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
  const shapes = overviewJobs(shown);
  let drawnBatches: ReturnType<typeof overviewBatches> | undefined;
  const batches = () => (drawnBatches ??= overviewBatches(shown, null));
  const batchJobs: Job[] = [
    { layer: 'heads', markup: () => batches().heads },
    { layer: 'bars', markup: () => batches().bars },
  ];
  const queue: Job[] = [...shapes, ...batchJobs, ...(options.text ? overviewTextJobs(shown) : [])];
  let textQueued = options.text;
  const root = svg.ownerDocument.createElementNS(SVG_NS, 'g');
  root.innerHTML = LAYERS.map((layer) => `<g data-layer="${layer}"></g>`).join('');
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
    const markup: Record<Layer, string[]> = { edges: [], heads: [], nodes: [], bars: [], labels: [], text: [] };
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

function setState(el: Element, state: string | undefined): void {
  if (state === undefined) el.removeAttribute('data-sim-state');
  else if (el.getAttribute('data-sim-state') !== state) el.setAttribute('data-sim-state', state);
}

/**
 * Sets `data-sim-state` on the overview's nodes, edges and labels, and on their text (and removes
 * it for `null`, outside a simulation), and redraws the batched arrowheads and accent bars in
 * their states. Only those batches are rebuilt.
 */
export function applySimStates(svg: SVGSVGElement, shown: Shown, sim: OverviewSimStates | null): void {
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
  // Outside a simulation, batches drawn without states stay as they are.
  const heads = svg.querySelector('g[data-layer="heads"]');
  const bars = svg.querySelector('g[data-layer="bars"]');
  if (!heads || !bars || (sim === null && !heads.hasAttribute('data-sim'))) return;
  const batches = overviewBatches(shown, sim);
  heads.innerHTML = batches.heads;
  bars.innerHTML = batches.bars;
  heads.toggleAttribute('data-sim', sim !== null);
}
