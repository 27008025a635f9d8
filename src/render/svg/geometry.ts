/**
 * Card geometry shared by the card and chip drawing: positions in card-local px as the app's
 * CSS lays a card out, baselines, and the letter-spaced type badge. Pure.
 */
import { CARD } from '../nodeCard';
import { charWidthEm } from '../textWidth';
import { num } from './xml';

/** Card geometry in card-local px, as the app's CSS lays it out. */
export const G = {
  left: 13, // 1px border + 12px padding
  headerTop: 9, // 3px accent border + 9px padding − 3px header offset
  iconW: 20,
  iconSize: 13,
  gap: 6,
  typeSize: 10.5,
  typeSpacingEm: 0.04,
  chipH: 15,
  chipIcon: 11,
  chipPadX: 4,
  chipGap: 4,
  titleTop: CARD.padTop + CARD.headerH + CARD.headerGap,
  factGap: 4,
  prefixGap: 5,
  /** Baseline below the middle of a line box, in em (Inter's ascender/descender centred). */
  baseline: 0.36,
} as const;

/** Baseline y for text of `size` centred in a line box starting at `top` of height `h`. */
export function baselineY(top: number, h: number, size: number): number {
  return top + h / 2 + G.baseline * size;
}

/** Width of semibold `text` at `size` with extra letter spacing. */
export function spacedWidth(text: string, size: number, spacingEm: number): number {
  let total = 0;
  for (const ch of text)
    total += (charWidthEm(ch.codePointAt(0) ?? 32, 'semibold') + spacingEm) * size;
  return total;
}

/** Cuts `text` drawn with extra letter spacing to `maxPx`, ending in "…" when cut. */
export function fitSpaced(text: string, maxPx: number, size: number, spacingEm: number): string {
  if (spacedWidth(text, size, spacingEm) <= maxPx) return text;
  const w = (ch: string) => spacedWidth(ch, size, spacingEm);
  const room = maxPx - w('…');
  let used = 0;
  let out = '';
  for (const ch of text) {
    if (used + w(ch) > room) break;
    used += w(ch);
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** The accent top border: 3px thick, following the 10px rounded corners into the 1px sides. */
export function accentPath(w: number): string {
  const r = 10;
  return (
    `M0,${r}A${r},${r} 0 0 1 ${r},0H${num(w - r)}A${r},${r} 0 0 1 ${num(w)},${r}` +
    `H${num(w - 1)}A${r - 1},${r - 3} 0 0 0 ${num(w - r)},3H${r}A${r - 1},${r - 3} 0 0 0 1,${r}Z`
  );
}
