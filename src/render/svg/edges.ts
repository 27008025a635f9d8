/**
 * Edges and their labels, drawn like the canvas's ElkEdge: ELK's orthogonal route with rounded
 * corners, stroke colour/width/dash by mode, a closed arrowhead in the stroke colour, and the
 * label box ELK reserved (text lines from the diagram). Pure.
 */
import type { LaidOutEdge } from '@/layout/protocol';
import type { DrawnEdge } from '@/model/types';
import { EDGE_LABEL, type EdgeLabelBox } from '../edgeLabel';
import { textWidth } from '../textWidth';
import { edgeStyle, NEUTRAL } from '../edgeStyle';
import { midpoint, roundedPath } from '../path';
import { baselineY } from './geometry';
import type { Defs } from './defs';
import type { Palette } from './theme';
import { attrs, el, escapeMultiline, escapeText, fitAttrs } from './xml';

/** The stroke colour of an edge mode in a theme. */
export function edgeColor(mode: string, p: Palette): string {
  const color = edgeStyle(mode).color;
  return color === NEUTRAL ? p.edge : color;
}

/** The edge's tooltip: the full condition (if any), then `from → to (mode)`, as on the canvas. */
export function edgeTooltip(edge: DrawnEdge): string {
  const lines = edge.condition !== undefined ? [`when: ${edge.condition}`] : [];
  lines.push(`${edge.from} → ${edge.to} (${edge.mode})`);
  return lines.join('\n');
}

function edgeAttrs(edge: DrawnEdge): Record<string, string> {
  return { 'data-edge-from': edge.from, 'data-edge-to': edge.to, 'data-edge-mode': edge.mode };
}

/** Draws one edge's line (without its label), or '' when it has no route. */
export function edgeSvg(
  edge: DrawnEdge,
  route: LaidOutEdge | undefined,
  p: Palette,
  defs: Defs,
): string {
  if (!route || route.points.length < 2) return '';
  const style = edgeStyle(edge.mode);
  const stroke = edgeColor(edge.mode, p);
  const cls = `osop-edge${edge.isBackEdge ? ' osop-edge--back' : ''}`;
  return (
    `<g${attrs({ class: cls, 'data-edge-id': edge.id, ...edgeAttrs(edge) })}>` +
    `<title>${escapeMultiline(edgeTooltip(edge))}</title>` +
    el('path', {
      d: roundedPath(route.points),
      fill: 'none',
      stroke,
      'stroke-width': style.width,
      'stroke-dasharray': style.dash,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'marker-end': `url(#${defs.marker(stroke)})`,
    }) +
    '</g>'
  );
}

/**
 * Draws one edge's label in the box ELK reserved for it (or centred on the route's midpoint
 * when the layout has no box), or '' when the edge has no label or no route.
 */
export function edgeLabelSvg(
  edge: DrawnEdge,
  label: EdgeLabelBox | undefined,
  route: LaidOutEdge | undefined,
  p: Palette,
): string {
  if (!label || !route || route.points.length < 2) return '';
  const stroke = edgeColor(edge.mode, p);
  const mid = midpoint(route.points);
  const box = route.label ?? {
    x: mid.x - label.width / 2,
    y: mid.y - label.height / 2,
    width: label.width,
    height: label.height,
  };
  const textTop = box.y + (box.height - label.lines.length * EDGE_LABEL.lineH) / 2;
  const room = box.width - 2 - 2 * EDGE_LABEL.padX;
  const lines = label.lines.map((line, i) =>
    el(
      'text',
      {
        x: box.x + 1 + EDGE_LABEL.padX,
        y: baselineY(textTop + i * EDGE_LABEL.lineH, EDGE_LABEL.lineH, EDGE_LABEL.size),
        ...fitAttrs(textWidth(line, EDGE_LABEL.size, 'regular'), room),
      },
      escapeText(line),
    ),
  );
  return (
    `<g${attrs({ class: 'osop-edge-label', 'data-edge-label': edge.id, 'data-edge-mode': edge.mode })}>` +
    `<title>${escapeMultiline(edgeTooltip(edge))}</title>` +
    el('rect', {
      x: box.x + 0.5,
      y: box.y + 0.5,
      width: box.width - 1,
      height: box.height - 1,
      rx: 5.5,
      fill: p.labelBg,
      stroke,
    }) +
    lines.join('') +
    '</g>'
  );
}
