/**
 * The box an edge label occupies: text wrapped to at most three lines of a fixed maximum
 * width. ELK reserves exactly this box, and the canvas and SVG renderer draw into it. Pure.
 */
import { textWidth, wrapText } from './textWidth';

export const EDGE_LABEL = {
  size: 11,
  lineH: 15,
  padX: 6,
  padY: 3,
  maxTextWidth: 200,
  maxLines: 3,
} as const;

export interface EdgeLabelBox {
  readonly lines: readonly string[];
  readonly full: string;
  readonly truncated: boolean;
  readonly width: number;
  readonly height: number;
}

/** Wraps and measures an edge label. */
export function edgeLabelBox(text: string): EdgeLabelBox {
  const { lines, truncated } = wrapText(text, EDGE_LABEL.maxTextWidth, EDGE_LABEL.size, 'regular', EDGE_LABEL.maxLines);
  const shown = lines.length > 0 ? lines : [' '];
  const textW = Math.max(...shown.map((l) => textWidth(l, EDGE_LABEL.size, 'regular')));
  return {
    lines: shown,
    full: text,
    truncated,
    // 6% slack: at small zoom levels hinting makes glyphs a little wider than their advance.
    width: Math.ceil(textW * 1.06 + 2 * EDGE_LABEL.padX + 2),
    height: shown.length * EDGE_LABEL.lineH + 2 * EDGE_LABEL.padY,
  };
}
