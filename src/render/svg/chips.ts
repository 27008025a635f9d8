/**
 * The chips at the right of a card's header (timeout, retries, approval gate, risk), drawn
 * like the canvas's: icon, optional text, rounded background, and a tooltip. Pure.
 */
import { CHIP_ICONS } from '../chipIcons';
import { CARD, type CardChip } from '../nodeCard';
import { textWidth } from '../textWidth';
import type { Defs } from './defs';
import { baselineY, G } from './geometry';
import type { Palette } from './theme';
import { el, escapeMultiline, escapeText } from './xml';

function chipWidth(chip: CardChip): number {
  const text = chip.text === '' ? 0 : 2 + textWidth(chip.text, G.typeSize, 'regular');
  return G.chipPadX * 2 + G.chipIcon + text;
}

/**
 * Draws `chips` right-aligned at `right` (card-local px); returns the markup and the left edge
 * of the leftmost chip (`right` when there are none).
 */
export function chipsMarkup(
  chips: readonly CardChip[],
  right: number,
  p: Palette,
  defs: Defs,
): { markup: string; left: number } {
  let x = right;
  const parts: string[] = [];
  for (let i = chips.length - 1; i >= 0; i--) {
    const chip = chips[i];
    if (!chip) continue;
    const w = chipWidth(chip);
    x -= w;
    const color =
      chip.kind === 'risk' ? p.riskText : chip.kind === 'approval' ? p.approval : p.muted;
    const bg = chip.kind === 'risk' ? p.riskBg : p.panel2;
    const y = G.headerTop + (CARD.headerH - G.chipH) / 2;
    const icon = el('use', {
      href: `#${defs.icon(CHIP_ICONS[chip.kind])}`,
      x: x + G.chipPadX,
      y: y + (G.chipH - G.chipIcon) / 2,
      width: G.chipIcon,
      height: G.chipIcon,
      color,
      'stroke-width': 2.4,
    });
    const text =
      chip.text === ''
        ? ''
        : el(
            'text',
            {
              class: 'chip',
              x: x + G.chipPadX + G.chipIcon + 2,
              y: baselineY(G.headerTop, CARD.headerH, G.typeSize),
              fill: color,
            },
            escapeText(chip.text),
          );
    parts.unshift(
      `<g class="osop-chip" data-chip="${chip.kind}"><title>${escapeMultiline(chip.title)}</title>` +
        el('rect', { x, y, width: w, height: G.chipH, rx: 4, fill: bg }) +
        icon +
        text +
        '</g>',
    );
    x -= G.chipGap;
  }
  return { markup: parts.join(''), left: x + G.chipGap };
}
