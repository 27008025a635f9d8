/**
 * The edge legend under the header, like the app's legend: one sample line (stroke, dash,
 * arrowhead) per edge mode the diagram uses, its name and what it means, flowing into rows.
 * Shown only when the diagram uses a mode other than `sequential`. Pure.
 */
import type { DrawnEdge } from '@/model/types';
import { edgeStyle } from '../edgeStyle';
import { textWidth, truncateToWidth } from '../textWidth';
import type { Defs } from './defs';
import { edgeColor } from './edges';
import type { Palette } from './theme';
import { attrs, el, escapeText, fitAttrs } from './xml';

/** Legend geometry in px. */
export const LEGEND = {
  size: 11,
  rowH: 20,
  sampleW: 26,
  gap: 6,
  itemGap: 18,
  topGap: 6,
  maxNameW: 160,
} as const;

/** One legend entry, placed. */
export interface LegendItem {
  readonly mode: string;
  /** The mode as drawn (cut to fit). */
  readonly name: string;
  readonly text: string;
  readonly x: number;
  readonly row: number;
}

/** The legend's entries flowed into rows of `room` px; [] when every edge is sequential. */
export function legendItems(edges: readonly DrawnEdge[], room: number): LegendItem[] {
  const modes = [...new Set(edges.map((e) => e.mode))];
  if (modes.every((m) => m === 'sequential')) return [];
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const mode of modes) {
    const text = edgeStyle(mode).legend;
    const name = truncateToWidth(
      mode.replace(/\s+/g, ' '),
      LEGEND.maxNameW,
      LEGEND.size,
      'semibold',
    );
    const w =
      LEGEND.sampleW +
      LEGEND.gap +
      textWidth(name, LEGEND.size, 'semibold') +
      5 +
      textWidth(text, LEGEND.size, 'regular');
    if (x > 0 && x + w > room) {
      x = 0;
      row++;
    }
    items.push({ mode, name, text, x, row });
    x += w + LEGEND.itemGap;
  }
  return items;
}

/** Height of the legend rows (with the gap above them), 0 for no items. */
export function legendHeight(items: readonly LegendItem[]): number {
  const rows = items.reduce((n, i) => Math.max(n, i.row + 1), 0);
  return rows === 0 ? 0 : LEGEND.topGap + rows * LEGEND.rowH;
}

/** Draws the legend with its first row's top at (`left`, `top`). */
export function legendSvg(
  items: readonly LegendItem[],
  left: number,
  top: number,
  p: Palette,
  defs: Defs,
): string {
  const out = items.map((item) => {
    const style = edgeStyle(item.mode);
    const stroke = edgeColor(item.mode, p);
    const x = left + item.x;
    const mid = top + LEGEND.topGap + item.row * LEGEND.rowH + LEGEND.rowH / 2;
    const base = mid + 0.36 * LEGEND.size;
    const nameX = x + LEGEND.sampleW + LEGEND.gap;
    const textW =
      textWidth(item.name, LEGEND.size, 'semibold') +
      5 +
      textWidth(item.text, LEGEND.size, 'regular');
    return (
      `<g${attrs({ class: 'osop-legend-item', 'data-legend-mode': item.mode })}>` +
      el('path', {
        d: `M${x + 1},${mid}H${x + LEGEND.sampleW - 2}`,
        fill: 'none',
        stroke,
        'stroke-width': style.width,
        'stroke-dasharray': style.dash,
        'stroke-linecap': 'round',
        'marker-end': `url(#${defs.marker(stroke)})`,
      }) +
      el(
        'text',
        { x: nameX, y: base, ...fitAttrs(textW, textW) },
        `<tspan class="lg-name">${escapeText(item.name)}</tspan><tspan class="lg-text" dx="5">${escapeText(item.text)}</tspan>`,
      ) +
      '</g>'
    );
  });
  return `<g class="osop-legend">${out.join('')}</g>`;
}
