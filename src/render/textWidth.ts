/**
 * Deterministic text width estimates, so node sizes and label boxes can be computed
 * without a DOM (in the layout request, in the SVG renderer and in the CLI) and still
 * match what the browser draws. The tables are the advance widths (in em) of the bundled
 * fonts — Inter 400/600 and JetBrains Mono — for ASCII 32..126, measured in Chromium.
 * Pure.
 */

export type FontKind = 'regular' | 'semibold' | 'mono';

// prettier-ignore
const REGULAR = [0.28,0.29,0.47,0.63,0.64,0.98,0.64,0.3,0.36,0.36,0.5,0.66,0.29,0.46,0.29,0.36,0.63,0.41,0.61,0.62,0.65,0.59,0.62,0.57,0.62,0.62,0.29,0.3,0.66,0.66,0.66,0.51,0.97,0.69,0.65,0.73,0.72,0.6,0.59,0.75,0.74,0.27,0.57,0.67,0.57,0.9,0.75,0.76,0.64,0.76,0.64,0.64,0.65,0.74,0.69,0.99,0.68,0.68,0.63,0.36,0.36,0.36,0.47,0.46,0.32,0.56,0.61,0.57,0.61,0.58,0.37,0.61,0.59,0.24,0.24,0.55,0.24,0.88,0.59,0.6,0.61,0.61,0.38,0.53,0.33,0.59,0.56,0.82,0.55,0.56,0.55,0.43,0.33,0.43,0.66];
// prettier-ignore
const SEMIBOLD = [0.25,0.32,0.52,0.64,0.65,1,0.66,0.33,0.37,0.37,0.54,0.67,0.32,0.47,0.32,0.38,0.66,0.42,0.62,0.64,0.67,0.61,0.64,0.58,0.64,0.64,0.32,0.33,0.67,0.67,0.67,0.54,1,0.73,0.66,0.74,0.72,0.61,0.59,0.75,0.75,0.28,0.58,0.7,0.57,0.92,0.76,0.77,0.65,0.77,0.65,0.65,0.66,0.74,0.73,1.02,0.72,0.71,0.65,0.37,0.38,0.37,0.48,0.47,0.35,0.57,0.62,0.58,0.62,0.59,0.39,0.63,0.61,0.26,0.26,0.57,0.26,0.9,0.61,0.61,0.62,0.62,0.4,0.55,0.35,0.61,0.59,0.84,0.57,0.59,0.57,0.45,0.36,0.45,0.67];

/** True for characters drawn full-width (CJK, kana, hangul, full-width forms, most emoji). */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Width in em of one code point in the given font. */
export function charWidthEm(code: number, font: FontKind): number {
  if (font === 'mono') return isWide(code) ? 1.2 : 0.6;
  if (code >= 32 && code <= 126) {
    const table = font === 'semibold' ? SEMIBOLD : REGULAR;
    return table[code - 32] ?? 0.6;
  }
  if (isWide(code)) return 1.0;
  return font === 'semibold' ? 0.64 : 0.62;
}

/** Estimated width in px of `text` drawn at `sizePx` in `font`. */
export function textWidth(text: string, sizePx: number, font: FontKind = 'regular'): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch.codePointAt(0) ?? 32, font);
  return em * sizePx;
}

/**
 * Cuts `text` to fit `maxPx`, ending in "…" when cut. Returns the text unchanged when it fits.
 */
export function truncateToWidth(text: string, maxPx: number, sizePx: number, font: FontKind = 'regular'): string {
  if (textWidth(text, sizePx, font) <= maxPx) return text;
  const ellipsis = charWidthEm(0x2026, font) * sizePx;
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = charWidthEm(ch.codePointAt(0) ?? 32, font) * sizePx;
    if (used + w + ellipsis > maxPx) break;
    used += w;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxPx`; the last line ends in "…" when
 * text remains. Words longer than a line (ids, URLs, CJK runs) are broken anywhere.
 */
export function wrapText(
  text: string,
  maxPx: number,
  sizePx: number,
  font: FontKind,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const all = wrapAll(text.replace(/\s+/g, ' ').trim(), maxPx, sizePx, font, maxLines + 1);
  if (all.length <= maxLines) return { lines: all, truncated: false };
  const lines = all.slice(0, maxLines);
  const last = lines.length - 1;
  // The next line did not fit after the last kept one, so this always cuts and adds "…".
  lines[last] = truncateToWidth(`${lines[last] ?? ''} ${all[maxLines] ?? ''}`, maxPx, sizePx, font);
  return { lines, truncated: true };
}

function wrapAll(text: string, maxPx: number, sizePx: number, font: FontKind, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineW = 0;
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
    lineW = 0;
  };
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const w = textWidth(word, sizePx, font);
    const gap = line === '' ? 0 : charWidthEm(32, font) * sizePx;
    if (lineW + gap + w <= maxPx) {
      line += (line === '' ? '' : ' ') + word;
      lineW += gap + w;
      continue;
    }
    if (line !== '' && w <= maxPx) {
      push();
      if (lines.length >= limit) return lines;
      line = word;
      lineW = w;
      continue;
    }
    if (line !== '') {
      line += ' ';
      lineW += gap;
    }
    for (const ch of word) {
      const cw = charWidthEm(ch.codePointAt(0) ?? 32, font) * sizePx;
      if (lineW + cw > maxPx && line.trim() !== '') {
        push();
        if (lines.length >= limit) return lines;
      }
      line += ch;
      lineW += cw;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
