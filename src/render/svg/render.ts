/**
 * renderSvg: a workflow's diagram as a standalone SVG document, drawn from the model, the
 * diagram (cards, drawn edges, label boxes) and a layout, without a DOM. Used by "Export SVG",
 * "Export PNG" (the browser rasterises this SVG) and the CLI. Pure, deterministic.
 */
import type { LayoutResult } from '@/layout/protocol';
import { hashString } from '@/lib/hash';
import type { WorkflowGraph } from '@/model/types';
import { layoutBounds } from '../bounds';
import type { Diagram } from '../diagram';
import { cardSvg } from './card';
import { Defs } from './defs';
import { edgeLabelSvg, edgeSvg } from './edges';
import type { SvgFont } from './fonts';
import { countsText, headerBlock, headerSvg, headerWidth } from './header';
import { sourceMetadata } from './source';
import { styleCss, type FontFamilies } from './style';
import { palette, type SvgTheme } from './theme';
import { attrs, el, escapeMultiline, num } from './xml';

/** What {@link renderSvg} draws. */
export interface RenderSvgInput {
  readonly graph: WorkflowGraph;
  /** `buildDiagram(graph, direction)`: the cards and edges drawn, and the layout request. */
  readonly diagram: Diagram;
  /** The layout of `diagram.request` (pins applied, if the caller wants them). */
  readonly layout: LayoutResult;
  readonly theme: SvgTheme;
  /** The YAML text, embedded so that the SVG reopens the workflow (see {@link extractSource}). */
  readonly source?: string;
  /** Document title; default: the workflow's name, else its id, else "OSOP workflow". */
  readonly title?: string;
  /** Draw the header band (name, id, version, counts, description). Default true. */
  readonly header?: boolean;
  /** Draw the edge legend in the header (only when a mode other than `sequential` is used). Default true. */
  readonly legend?: boolean;
  /** Fill the background with the theme's canvas colour. Default true; false = transparent. */
  readonly background?: boolean;
  /** Font files to embed (see {@link SvgFont}); default none (system fonts are used). */
  readonly fonts?: readonly SvgFont[];
  /**
   * Font-family lists; default the app's (Inter / JetBrains Mono first, then system fonts).
   * Renderers that honour only the first family of a list (resvg) need an installed font first.
   */
  readonly fontFamilies?: FontFamilies;
}

/** Space around the diagram, px. */
const PAD = 28;
/** Narrowest drawing, px (a one-column diagram still gets a readable header). */
const MIN_WIDTH = 360;
/** Widest the header may make the drawing, px. */
const MAX_HEADER_WIDTH = 720;
/** Above this many nodes, cards get no drop shadow (filters are costly to rasterise). */
const SHADOW_MAX_NODES = 400;

function documentTitle(graph: WorkflowGraph, title: string | undefined): string {
  for (const t of [title, graph.meta.name, graph.meta.id]) {
    if (t !== undefined && t.trim() !== '') return t.trim();
  }
  return 'OSOP workflow';
}

/**
 * Renders the whole diagram as a standalone SVG document (UTF-8 XML text): `<title>` and
 * `<desc>`, the embedded source in `<metadata>` (when given), a header band, edges with
 * arrowheads and labels, and node cards, in the light or dark theme. Node groups carry
 * `data-node-id`/`data-node-type`, edge groups `data-edge-from`/`data-edge-to`/`data-edge-mode`,
 * each with a `<title>` tooltip (edges: the full condition). Every text from the file is
 * escaped. Never throws for any graph the model produces and any layout of its diagram.
 */
export function renderSvg(input: RenderSvgInput): string {
  const { graph, diagram, layout } = input;
  const p = palette(input.theme);
  const showHeader = input.header ?? true;
  const title = documentTitle(graph, input.title);
  const bounds = layoutBounds(layout);
  const width = Math.ceil(
    Math.max(
      bounds.width + 2 * PAD,
      MIN_WIDTH,
      showHeader ? headerWidth(title, MAX_HEADER_WIDTH) : 0,
    ),
  );
  const header = showHeader
    ? headerBlock(graph, title, width, input.legend === false ? [] : diagram.edges)
    : undefined;
  const headerH = header?.height ?? 0;
  const height = Math.ceil(headerH + bounds.height + 2 * PAD);
  const dx = (width - bounds.width) / 2 - bounds.x;
  const dy = headerH + PAD - bounds.y;

  const prefix = `o${hashString(`${diagram.request.key}|${input.theme}|${graph.meta.id ?? ''}`)}-`;
  const defs = new Defs(prefix);
  const shadowId = `${prefix}shadow`;
  const shadow = graph.nodes.length <= SHADOW_MAX_NODES ? `url(#${shadowId})` : undefined;

  const edges: string[] = [];
  const labels: string[] = [];
  for (const edge of diagram.edges) {
    const route = layout.edges[edge.id];
    edges.push(edgeSvg(edge, route, p, defs));
    labels.push(edgeLabelSvg(edge, diagram.labels.get(edge.id), route, p));
  }
  const nodes: string[] = [];
  const seen = new Set<string>();
  for (const node of graph.nodes) {
    const card = diagram.cards.get(node.id);
    const box = layout.nodes[node.id];
    if (seen.has(node.id) || !card || !box) continue;
    seen.add(node.id);
    nodes.push(cardSvg(node, card, box, p, defs, shadow));
  }

  const counts = countsText(graph);
  const description = graph.meta.description?.trim();
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'aria-labelledby': `${prefix}title ${prefix}desc`,
      class: 'osop-svg',
      'data-theme': input.theme,
      'data-direction': diagram.request.direction,
    })}>\n`,
    `<title id="${prefix}title">${escapeMultiline(title)}</title>\n`,
    `<desc id="${prefix}desc">${escapeMultiline(description ? `${description}\n${counts}` : counts)}</desc>\n`,
    input.source !== undefined ? `${sourceMetadata(input.source)}\n` : '',
  ];
  const body = [
    input.background === false ? '' : el('rect', { class: 'osop-bg', width, height, fill: p.bg }),
    header ? headerSvg(header, width, p, defs) : '',
    `<g class="osop-diagram" transform="translate(${num(dx)} ${num(dy)})">\n`,
    `<g class="osop-edges">\n${edges.filter(Boolean).join('\n')}\n</g>\n`,
    `<g class="osop-nodes">\n${nodes.join('\n')}\n</g>\n`,
    `<g class="osop-edge-labels">\n${labels.filter(Boolean).join('\n')}\n</g>\n`,
    '</g>\n',
  ].join('');
  const filter = shadow
    ? `<filter id="${shadowId}" x="-10%" y="-10%" width="120%" height="130%" color-interpolation-filters="sRGB">` +
      `<feDropShadow${attrs({ dx: 0, dy: 1.5, stdDeviation: 2.5, 'flood-color': p.shadow, 'flood-opacity': p.shadowOpacity })}/></filter>`
    : '';
  out.push(
    `<defs><style>\n${styleCss(p, input.fonts ?? [], input.fontFamilies)}\n</style>${filter}${defs.toString()}</defs>\n`,
    body,
    '</svg>\n',
  );
  return out.join('');
}
