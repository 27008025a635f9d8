/**
 * Per-text fonts for resvg (see fonts.ts): every `<text>`/`<tspan>` whose own characters need
 * a CJK-capable font gets an inline `font-family` (inline style wins over the document's
 * classes); every other text keeps the Latin families named in the stylesheet. Works on the
 * renderer's own output, whose text content is escaped (no `<` inside).
 */
import { isWide } from '@/render/textWidth';
import { familyCss, type PngFonts } from './fonts';

/** True for characters a Latin font (Liberation, DejaVu, Arial) is unlikely to have. */
function needsWideFont(code: number): boolean {
  return (
    isWide(code) ||
    (code >= 0x0530 && code < 0x1e00) || // Armenian, Hebrew, Arabic, Indic, Thai, …
    (code >= 0x2e80 && code < 0xfb00) || // CJK, kana, hangul, Yi, …
    (code >= 0xfe30 && code < 0xfe70) ||
    (code >= 0xff00 && code < 0xfff0) ||
    code >= 0x10000
  );
}

const ENTITY = /&#x([0-9a-fA-F]+);|&#(\d+);/g;

/** True when the escaped text content holds a character that needs the wide font. */
export function hasWideText(escaped: string): boolean {
  const text = escaped.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
  for (const ch of text) {
    if (needsWideFont(ch.codePointAt(0) ?? 0)) return true;
  }
  return false;
}

const TEXT_OPEN = /<(text|tspan)\b([^>]*)>([^<]*)/g;

/** The SVG with an inline `font-family` on each text that needs the wide (CJK) fonts. */
export function assignFonts(svg: string, fonts: PngFonts): string {
  const wide = familyCss(fonts.wide, 'sans-serif');
  const wideMono = familyCss(fonts.wideMono, 'monospace');
  return svg.replace(TEXT_OPEN, (match, tag: string, attrs: string, content: string) => {
    if (attrs.endsWith('/') || !hasWideText(content)) return match;
    const cls = /\sclass="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
    const family = cls.includes('mono') || cls.includes('id') ? wideMono : wide;
    const styled = attrs.includes(' style="')
      ? attrs.replace(' style="', ` style="font-family:${family};`)
      : `${attrs} style="font-family:${family}"`;
    return `<${tag}${styled}>${content}`;
  });
}
