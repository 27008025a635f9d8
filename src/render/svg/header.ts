/**
 * The header band above the diagram, like the app's header: workflow name, a facts line
 * (id · version · OSOP version · counts) and the description (at most two lines). Pure.
 */
import type { DrawnEdge, WorkflowGraph } from '@/model/types';
import { textWidth, truncateToWidth, wrapText } from '../textWidth';
import type { Defs } from './defs';
import { legendHeight, legendItems, legendSvg, type LegendItem } from './legend';
import type { Palette } from './theme';
import { el, escapeText, fitAttrs } from './xml';

/** Header geometry in px. */
export const HEADER = {
  padX: 24,
  padTop: 16,
  padBottom: 14,
  nameSize: 17,
  nameLineH: 24,
  factsSize: 12,
  factsLineH: 18,
  descSize: 12,
  descLineH: 17,
  descMaxLines: 2,
} as const;

/** What the header shows, measured. */
export interface HeaderBlock {
  readonly name: string;
  readonly facts: string;
  readonly desc: readonly string[];
  /** Edge legend entries (none when every edge is sequential or the legend is off). */
  readonly legend: readonly LegendItem[];
  readonly height: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "N nodes, M edges" for a graph. */
export function countsText(graph: WorkflowGraph): string {
  return `${plural(graph.nodes.length, 'node')}, ${plural(graph.edges.length, 'edge')}`;
}

/** Lays out the header for a drawing `width` px wide, with a legend of `edges` (unless empty). */
export function headerBlock(
  graph: WorkflowGraph,
  title: string,
  width: number,
  edges: readonly DrawnEdge[],
): HeaderBlock {
  const room = width - 2 * HEADER.padX;
  const { meta } = graph;
  const facts = [
    meta.id !== undefined && meta.id !== title ? meta.id : undefined,
    meta.version !== undefined ? `v${meta.version.replace(/^v/i, '')}` : undefined,
    meta.osopVersion !== undefined ? `OSOP ${meta.osopVersion}` : undefined,
    plural(graph.nodes.length, 'node'),
    plural(graph.edges.length, 'edge'),
  ].filter((f): f is string => f !== undefined && f.trim() !== '');
  const desc = meta.description
    ? wrapText(meta.description, room, HEADER.descSize, 'regular', HEADER.descMaxLines).lines
    : [];
  const legend = legendItems(edges, room);
  return {
    name: truncateToWidth(title.replace(/\s+/g, ' ').trim(), room, HEADER.nameSize, 'semibold'),
    facts: truncateToWidth(facts.join(' · '), room, HEADER.factsSize, 'regular'),
    desc,
    legend,
    height:
      HEADER.padTop +
      HEADER.nameLineH +
      HEADER.factsLineH +
      desc.length * HEADER.descLineH +
      legendHeight(legend) +
      HEADER.padBottom,
  };
}

/** The smallest width at which the header's name is not cut (capped by `max`). */
export function headerWidth(title: string, max: number): number {
  return Math.min(max, Math.ceil(textWidth(title, HEADER.nameSize, 'semibold')) + 2 * HEADER.padX);
}

/** Draws the header band, `width` px wide, at the top of the drawing. */
export function headerSvg(block: HeaderBlock, width: number, p: Palette, defs: Defs): string {
  const x = HEADER.padX;
  const room = width - 2 * HEADER.padX;
  let y = HEADER.padTop;
  const out = [
    el('rect', { width, height: block.height, fill: p.panel }),
    el('rect', { y: block.height - 1, width, height: 1, fill: p.border }),
    el(
      'text',
      {
        class: 'h-name',
        x,
        y: y + HEADER.nameLineH / 2 + 0.36 * HEADER.nameSize,
        ...fitAttrs(textWidth(block.name, HEADER.nameSize, 'semibold'), room),
      },
      escapeText(block.name),
    ),
  ];
  y += HEADER.nameLineH;
  out.push(
    el(
      'text',
      {
        class: 'h-facts',
        x,
        y: y + HEADER.factsLineH / 2 + 0.36 * HEADER.factsSize,
        ...fitAttrs(textWidth(block.facts, HEADER.factsSize, 'regular'), room),
      },
      escapeText(block.facts),
    ),
  );
  y += HEADER.factsLineH;
  for (const line of block.desc) {
    const fit = fitAttrs(textWidth(line, HEADER.descSize, 'regular'), room);
    out.push(
      el(
        'text',
        { class: 'h-desc', x, y: y + HEADER.descLineH / 2 + 0.36 * HEADER.descSize, ...fit },
        escapeText(line),
      ),
    );
    y += HEADER.descLineH;
  }
  if (block.legend.length > 0) out.push(legendSvg(block.legend, x, y, p, defs));
  return `<g class="osop-header">${out.join('')}</g>`;
}
