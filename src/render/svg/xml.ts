/**
 * XML text helpers for the SVG renderer: every piece of text that comes from a workflow file
 * goes through {@link escapeText} or {@link escapeAttr}, so it stays text whatever it contains
 * (`<script>`, `]]>`, `--`, quotes, control characters, lone surrogates). Pure.
 */

/**
 * Characters that are not allowed in an XML 1.0 document (C0 controls other than tab, LF and
 * CR; lone surrogates; U+FFFE/U+FFFF) or are invisible controls (DEL and the C1 range).
 */
const INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every character any of the escapes below would change: text without one (nearly all of it:
 * ids, numbers, path data) is returned as it is, after one scan instead of five replacements.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[&<>"'\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Removes characters that XML cannot hold or that are invisible controls. Keeps tab, LF, CR. */
export function stripInvalid(text: string): string {
  return text.replace(INVALID, '');
}

/**
 * Escapes text for element content. Tabs and line breaks become spaces (SVG `<text>` shows one
 * line); invalid characters are dropped.
 */
export function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return escapeMarkup(stripInvalid(text).replace(/[\t\n\r]/g, ' '));
}

/**
 * Escapes text for element content where line breaks matter (`<title>`, `<desc>`): keeps LF,
 * turns CR LF and CR into LF; invalid characters are dropped.
 */
export function escapeMultiline(text: string): string {
  return escapeMarkup(stripInvalid(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' '));
}

/**
 * Escapes text for a double- or single-quoted attribute value. Tab, LF and CR are written as
 * character references so XML attribute-value normalisation keeps them.
 */
export function escapeAttr(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return escapeMarkup(stripInvalid(text))
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** A number for an attribute: at most two decimals, no trailing zeros, no "-0". */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Attribute values: numbers are formatted with {@link num}, strings escaped; `undefined` is left out. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** ` name="value"` pairs for `attrs` (in insertion order). */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(a)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeAttr(value)}"`;
  }
  return out;
}

/** An element: `<tag attrs/>` when `content` is empty, else `<tag attrs>content</tag>` (content is markup). */
export function el(tag: string, a: Attrs, content = ''): string {
  return content === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${content}</${tag}>`;
}

/**
 * `textLength`/`lengthAdjust` for a text whose estimated width (in the app's fonts) is
 * `estimate` and that must stay within `room` px. Long texts are pinned to their estimated width,
 * so where the app's fonts are missing and a wider fallback font is used, they are condensed
 * instead of running past their box; with the app's fonts the adjustment is negligible. Short
 * texts (under 70% of the room) are left alone.
 */
export function fitAttrs(estimate: number, room: number): Attrs {
  if (!(estimate > 0) || estimate < 0.7 * room) return {};
  return { textLength: Math.min(estimate, room), lengthAdjust: 'spacingAndGlyphs' };
}
