/**
 * Optional embedded fonts. An SVG loaded as an image (how browsers rasterise it for PNG, how
 * docs sites show it) cannot fetch fonts, so by default text falls back to the viewer's system
 * fonts. Callers that have the app's font files (the browser bundle, the CLI via
 * `@fontsource/*`) can pass their bytes; they are embedded as `data:` URLs, which work even in
 * SVG-as-image. Pure.
 */

/** A font file to embed (e.g. Inter 400/600 and JetBrains Mono 400, latin subset, as woff2). */
export interface SvgFont {
  /** CSS family name as used by the renderer: "Inter" or "JetBrains Mono". Letters, digits, space, - and _ only. */
  readonly family: string;
  readonly weight: number;
  readonly style?: 'normal' | 'italic';
  readonly format: 'woff2' | 'woff' | 'truetype' | 'opentype';
  readonly data: Uint8Array;
  /** CSS `unicode-range`, e.g. "U+0000-00FF" (digits, letters, U, +, -, ?, comma, space only). */
  readonly unicodeRange?: string;
}

const MIME: Readonly<Record<SvgFont['format'], string>> = {
  woff2: 'font/woff2',
  woff: 'font/woff',
  truetype: 'font/ttf',
  opentype: 'font/otf',
};

/** Standard base64 (RFC 4648 §4, padded) of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/**
 * The `@font-face` rule embedding `font`. Throws a TypeError when the family, weight or
 * unicode range could break out of the CSS (they come from the caller, never from a file).
 */
export function fontFaceCss(font: SvgFont): string {
  if (!/^[A-Za-z0-9 _-]+$/.test(font.family))
    throw new TypeError(`Invalid font family name: ${JSON.stringify(font.family)}`);
  if (!Number.isInteger(font.weight) || font.weight < 1 || font.weight > 1000)
    throw new TypeError(`Invalid font weight: ${font.weight}`);
  if (font.unicodeRange !== undefined && !/^[0-9A-Fa-fU+?,\s-]+$/.test(font.unicodeRange)) {
    throw new TypeError(`Invalid unicode-range: ${JSON.stringify(font.unicodeRange)}`);
  }
  const src = `url(data:${MIME[font.format]};base64,${bytesToBase64(font.data)}) format('${font.format}')`;
  const range = font.unicodeRange !== undefined ? `;unicode-range:${font.unicodeRange}` : '';
  return `@font-face{font-family:'${font.family}';font-style:${font.style ?? 'normal'};font-weight:${font.weight};font-display:block;src:${src}${range}}`;
}

/** The latin range of the @fontsource subsets (CJK and other scripts fall back to system fonts). */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

/** A font file of the app, by package path, with what an {@link SvgFont} needs besides its bytes. */
export interface AppFontFile extends Omit<SvgFont, 'data'> {
  /** Package path: `require.resolve(path)` in Node, `import(`${path}?url`)` with Vite. */
  readonly path: string;
}

/**
 * The files to embed for an export that looks exactly like the app: the latin subsets of the
 * bundled fonts (Inter 400/600, JetBrains Mono 400), about 69 KB of woff2, 93 KB as base64.
 */
export const APP_FONT_FILES: readonly AppFontFile[] = [
  {
    family: 'Inter',
    weight: 400,
    format: 'woff2',
    unicodeRange: LATIN,
    path: '@fontsource/inter/files/inter-latin-400-normal.woff2',
  },
  {
    family: 'Inter',
    weight: 600,
    format: 'woff2',
    unicodeRange: LATIN,
    path: '@fontsource/inter/files/inter-latin-600-normal.woff2',
  },
  {
    family: 'JetBrains Mono',
    weight: 400,
    format: 'woff2',
    unicodeRange: LATIN,
    path: '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2',
  },
];
