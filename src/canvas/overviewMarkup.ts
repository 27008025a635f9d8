/**
 * The markup of a large workflow's overview (see overview.ts), as strings: pure, no DOM. Every
 * text and attribute value from the file goes through the SVG renderer's escaping (`el`,
 * `escapeText`), so it is never read as markup.
 *
 * Few elements, as the page styles, lays out and paints each: a node is one `<rect>` (its
 * `data-node-id` card), an edge a `<g>` with its `<path>` (the DOM hooks' edge element), a label
 * box one `<rect>`. The cards' accent bars and the edges' arrowheads are batched into one
 * `<path>` per colour (and simulation state): at 500 nodes this is ~2400 elements where a `<g>`
 * per node with two rects, a `<g>` per label and an arrowhead marker per edge made ~3600.
 */
import { EDGE_LABEL } from '@/render/edgeLabel';
import { cssStroke, edgeStyle } from '@/render/edgeStyle';
import { nodeStyle } from '@/render/nodeStyle';
import { roundedPath } from '@/render/path';
import { el, escapeAttr, escapeText, num } from '@/render/svg/xml';
import { truncateToWidth } from '@/render/textWidth';
import type { AppState } from '@/store/types';

export type Shown = NonNullable<AppState['shown']>;

/** The overview's layers, bottom to top. */
export const LAYERS = ['edges', 'heads', 'nodes', 'bars', 'labels', 'text'] as const;
export type Layer = (typeof LAYERS)[number];

/** One unit of work: the markup of one node, edge or label (or one batch), and its layer. */
export interface Job {
  readonly layer: Layer;
  readonly markup: () => string;
}

/** What the overview shows of a simulated run: states by node id and by drawn edge id. */
export interface OverviewSimStates {
  readonly nodes: Readonly<Record<string, { readonly state: string }>>;
  readonly edges: Readonly<Record<string, string>>;
}

/** An edge's stroke width in the overview (wider than on cards: it is seen from far). */
const edgeWidth = (mode: string): number => edgeStyle(mode).width * 1.6;
/** Arrowhead length, in multiples of the edge's width. */
const HEAD_WIDTHS = 5;
/** Accent bar height and corner radius. */
const BAR_H = 7;
const BAR_R = 3;

/**
 * A job per edge, label box and node card (the batches come from `overviewBatches`). The markup
 * is written out by hand rather than with `el`: it runs once per item in code not yet compiled
 * (the first drawing), where building and walking an attribute object per element was ~40% of
 * the overview's build. Every value from the file still goes through `escapeAttr`.
 */
export function overviewJobs(shown: Shown): readonly Job[] {
  const { graph, diagram, layout } = shown;
  const jobs: Job[] = [];
  /** An edge path's attributes after `d`, per mode (the same for all its edges). */
  const strokes = new Map<string, { readonly path: string; readonly stroke: string }>();
  const strokeOf = (mode: string) => {
    let known = strokes.get(mode);
    if (known === undefined) {
      const style = edgeStyle(mode);
      const stroke = escapeAttr(cssStroke(style.color));
      const dash = style.dash === undefined ? '' : ` stroke-dasharray="${escapeAttr(style.dash)}"`;
      known = { stroke, path: ` stroke="${stroke}" stroke-width="${num(edgeWidth(mode))}" fill="none"${dash}` };
      strokes.set(mode, known);
    }
    return known;
  };
  for (const drawn of diagram.edges) {
    const route = layout.edges[drawn.id];
    if (!route || route.points.length < 2) continue;
    const { path, stroke } = strokeOf(drawn.mode);
    const ends = `data-edge-from="${escapeAttr(drawn.from)}" data-edge-to="${escapeAttr(drawn.to)}"`;
    jobs.push({
      layer: 'edges',
      markup: () =>
        `<g class="osop-ov-edge" data-edge-id="${escapeAttr(drawn.id)}" ${ends} data-edge-mode="${escapeAttr(drawn.mode)}"><path d="${roundedPath(route.points)}"${path}/></g>`,
    });
    const box = route.label;
    if (box && diagram.labels.has(drawn.id)) {
      jobs.push({
        layer: 'labels',
        markup: () =>
          `<rect class="osop-ov-label" data-edge-label="${escapeAttr(drawn.id)}" ${ends} x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="5" stroke="${stroke}"/>`,
      });
    }
  }
  for (const node of graph.nodes) {
    const box = layout.nodes[node.id];
    if (!box || !diagram.cards.has(node.id)) continue;
    const accent = escapeAttr(nodeStyle(node.type, node.typeKind).color);
    jobs.push({
      layer: 'nodes',
      markup: () =>
        `<rect class="osop-ov-card" data-node-id="${escapeAttr(node.id)}" data-node-type="${escapeAttr(node.type)}" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="10" style="--accent:${accent}"/>`,
    });
  }
  return jobs;
}

/** A filled triangle `size` long whose tip is the route's end, pointing along its last segment. */
export function arrowHead(points: readonly { readonly x: number; readonly y: number }[], size: number): string {
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  if (!end || !before) return '';
  const len = Math.hypot(end.x - before.x, end.y - before.y);
  if (!(len > 0)) return '';
  const ux = (end.x - before.x) / len;
  const uy = (end.y - before.y) / len;
  const bx = end.x - ux * size;
  const by = end.y - uy * size;
  const h = size / 2;
  const r = (v: number) => Math.round(v * 10) / 10;
  return `M${r(end.x)},${r(end.y)}L${r(bx - uy * h)},${r(by + ux * h)}L${r(bx + uy * h)},${r(by - ux * h)}z`;
}

/** A node's accent bar: its card's top `BAR_H` px, the top corners rounded. */
function accentBar(box: { readonly x: number; readonly y: number; readonly width: number }): string {
  const w = Math.max(0, box.width - 2 * BAR_R);
  return `M${box.x + BAR_R},${box.y}h${w}a${BAR_R},${BAR_R} 0 0 1 ${BAR_R},${BAR_R}v${BAR_H - BAR_R}h${-box.width}v${BAR_R - BAR_H}a${BAR_R},${BAR_R} 0 0 1 ${BAR_R},${-BAR_R}z`;
}

/** How a batch looks in a simulation state: its fill and opacity. */
function batchStyle(fill: string, state: string | undefined): string {
  if (state === 'taken') return 'fill:var(--sim-taken)';
  if (state === 'not-taken') return `fill:${fill};opacity:0.2`;
  if (state === 'skipped') return `fill:${fill};opacity:0.35`;
  return `fill:${fill}`;
}

/** Groups `d` strings by the style they are drawn in. */
function batch(into: Map<string, string[]>, style: string, d: string): void {
  let group = into.get(style);
  if (group === undefined) into.set(style, (group = []));
  group.push(d);
}

/**
 * The arrowheads and the accent bars, one `<path>` per colour and simulation state: a taken
 * edge's head in the taken colour, a not-taken one faded, a skipped node's bar faded (as their
 * edges and cards are).
 */
export function overviewBatches(shown: Shown, sim: OverviewSimStates | null): { readonly heads: string; readonly bars: string } {
  const { graph, diagram, layout } = shown;
  const heads = new Map<string, string[]>();
  for (const drawn of diagram.edges) {
    const route = layout.edges[drawn.id];
    if (!route || route.points.length < 2) continue;
    const stroke = cssStroke(edgeStyle(drawn.mode).color);
    const state = sim?.edges[drawn.id];
    batch(heads, batchStyle(stroke, state), arrowHead(route.points, edgeWidth(drawn.mode) * HEAD_WIDTHS));
  }
  const bars = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const box = layout.nodes[node.id];
    if (!box || !diagram.cards.has(node.id)) continue;
    const color = nodeStyle(node.type, node.typeKind).color;
    const state = sim?.nodes[node.id]?.state === 'skipped' ? 'skipped' : undefined;
    batch(bars, batchStyle(color, state), accentBar(box));
  }
  const paths = (groups: Map<string, string[]>, cls: string) => [...groups].map(([style, d]) => el('path', { class: cls, d: d.join(''), style })).join('');
  return { heads: paths(heads, 'osop-ov-heads'), bars: paths(bars, 'osop-ov-bars') };
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
