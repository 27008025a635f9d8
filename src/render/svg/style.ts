/**
 * The document's `<style>`: text styles by class, in resolved theme colours. Only CSS that
 * every SVG renderer handles (no `var()`, `color-mix()`, `text-transform` or
 * `dominant-baseline`): shapes carry their colours as attributes, text gets font, size and
 * colour from these classes. Pure.
 */
import { CARD } from '../nodeCard';
import { EDGE_LABEL } from '../edgeLabel';
import { fontFaceCss, type SvgFont } from './fonts';
import { HEADER } from './header';
import { LEGEND } from './legend';
import { FONT_MONO, FONT_UI, type Palette } from './theme';

/** Font-family lists for the document's text (CSS `font-family` values). */
export interface FontFamilies {
  /** Text of cards, labels and header. Default {@link FONT_UI}. */
  readonly ui?: string;
  /** Ids, commands, URLs. Default {@link FONT_MONO}. */
  readonly mono?: string;
}

function familyList(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!/^[A-Za-z0-9 ,'"_-]+$/.test(value))
    throw new TypeError(`Invalid font-family list: ${JSON.stringify(value)}`);
  return value;
}

/**
 * The CSS text of the document's `<style>` element (no `<` or `&`, so it needs no escaping).
 * Throws a TypeError for a font-family list that could break out of the CSS.
 */
export function styleCss(
  p: Palette,
  fonts: readonly SvgFont[],
  families: FontFamilies = {},
): string {
  const rules = [
    ...fonts.map(fontFaceCss),
    `text{font-family:${familyList(families.ui, FONT_UI)};font-kerning:normal}`,
    `.mono,.id{font-family:${familyList(families.mono, FONT_MONO)}}`,
    `.type{font-size:10.5px;font-weight:600;letter-spacing:0.42px}`,
    `.chip{font-size:10.5px}`,
    `.unknown{font-size:10px;font-weight:700;fill:${p.muted}}`,
    `.title{font-size:${CARD.titleSize}px;font-weight:600;fill:${p.text}}`,
    `.id{font-size:${CARD.idSize}px;fill:${p.muted}}`,
    `.pre{font-size:${CARD.factSize}px;fill:${p.muted}}`,
    `.fact{font-size:${CARD.factSize}px;fill:${p.text}}`,
    `.fact.secret{fill:${p.secret}}`,
    `.osop-edge-label text{font-size:${EDGE_LABEL.size}px;fill:${p.text}}`,
    `.h-name{font-size:${HEADER.nameSize}px;font-weight:600;fill:${p.text}}`,
    `.h-facts{font-size:${HEADER.factsSize}px;fill:${p.muted}}`,
    `.h-desc{font-size:${HEADER.descSize}px;fill:${p.muted}}`,
    `.lg-name{font-size:${LEGEND.size}px;font-weight:600;fill:${p.text}}`,
    `.lg-text{font-size:${LEGEND.size}px;fill:${p.muted}}`,
  ];
  return rules.join('\n');
}
