/**
 * Fonts for PNG output. resvg-js 2.6.2 cannot read the app's woff2 files, and it draws a whole
 * `<text>` in one font: when the first family of the list lacks a glyph (a CJK workflow name in
 * a Latin font), the whole text falls back to some other font (often a serif). Drawing every
 * text in a CJK font would work but is slow (resvg re-reads the ~20 MB font file for each text).
 * So a PNG uses an installed Latin family for most texts and, for texts with CJK or other
 * non-Latin characters, an installed CJK family (see `assignFonts`).
 */
import { execFileSync } from 'node:child_process';

/** Latin UI families, best first: Arial-like metrics are narrower than Inter's, so text fits. */
const UI = ['Liberation Sans', 'Arimo', 'Arial', 'Helvetica', 'DejaVu Sans', 'Noto Sans'];
/** Monospace families, best first. */
const MONO = ['Liberation Mono', 'DejaVu Sans Mono', 'Cousine', 'Menlo', 'Consolas', 'Courier New'];
/** Families with CJK (and Latin, Greek, Cyrillic) glyphs, best first. */
const WIDE = [
  'Noto Sans CJK SC',
  'Noto Sans CJK TC',
  'Noto Sans CJK JP',
  'Noto Sans CJK KR',
  'Source Han Sans SC',
  'Source Han Sans',
  'WenQuanYi Micro Hei',
  'WenQuanYi Zen Hei',
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
];
const WIDE_MONO = [
  'Noto Sans Mono CJK SC',
  'Noto Sans Mono CJK TC',
  'Noto Sans Mono CJK JP',
  'Noto Sans Mono CJK KR',
  'Sarasa Mono SC',
  'WenQuanYi Micro Hei Mono',
  'WenQuanYi Zen Hei Mono',
];

/** The families a PNG is drawn with. */
export interface PngFonts {
  /** Latin text. */
  readonly ui: string;
  /** Latin monospace text (ids, commands). */
  readonly mono: string;
  /** Text with CJK or other non-Latin characters. */
  readonly wide: string;
  /** Monospace text with such characters. */
  readonly wideMono: string;
}

/** Used when the installed fonts cannot be listed (no fontconfig), by platform. */
const PLATFORM_DEFAULTS: Readonly<Record<string, PngFonts>> = {
  darwin: { ui: 'Helvetica', mono: 'Menlo', wide: 'PingFang SC', wideMono: 'PingFang SC' },
  win32: { ui: 'Arial', mono: 'Consolas', wide: 'Microsoft YaHei', wideMono: 'Microsoft YaHei' },
};
const OTHER_DEFAULTS: PngFonts = {
  ui: 'DejaVu Sans',
  mono: 'DejaVu Sans Mono',
  wide: 'Noto Sans CJK SC',
  wideMono: 'Noto Sans Mono CJK SC',
};

/** Installed font families by fontconfig's `fc-list` (lower-cased), or undefined without it. */
function installedFamilies(): Set<string> | undefined {
  try {
    const text = execFileSync('fc-list', [':', 'family'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 * 1024 * 1024,
    });
    const families = new Set<string>();
    for (const line of text.split('\n')) {
      for (const name of line.split(',')) {
        const trimmed = name.trim().toLowerCase();
        if (trimmed !== '') families.add(trimmed);
      }
    }
    return families.size > 0 ? families : undefined;
  } catch {
    return undefined;
  }
}

function detect(): PngFonts {
  const fallback = PLATFORM_DEFAULTS[process.platform] ?? OTHER_DEFAULTS;
  const installed = installedFamilies();
  if (installed === undefined) return fallback;
  const pick = (candidates: readonly string[]): string | undefined =>
    candidates.find((c) => installed.has(c.toLowerCase()));
  const wide = pick(WIDE);
  const ui = pick(UI) ?? wide ?? fallback.ui;
  return {
    ui,
    mono: pick(MONO) ?? pick(WIDE_MONO) ?? ui,
    wide: wide ?? ui,
    wideMono: pick(WIDE_MONO) ?? wide ?? pick(MONO) ?? ui,
  };
}

let detected: PngFonts | undefined;

/**
 * The families to draw a PNG with: the first installed candidates (see above); `font`, when
 * given, replaces the UI families (Latin and non-Latin text alike).
 */
export function pngFonts(font?: string): PngFonts {
  detected ??= detect();
  return font === undefined ? detected : { ...detected, ui: font, wide: font };
}

/** True when a family name can be written into the SVG's CSS safely. */
export const isSafeFamily = (family: string): boolean => /^[A-Za-z0-9 _-]+$/.test(family);

/**
 * A CSS font-family value naming one family (quoted), with a generic fallback. Throws a
 * TypeError for a name the SVG's CSS could not carry safely.
 */
export function familyCss(family: string, generic: 'sans-serif' | 'monospace'): string {
  if (!isSafeFamily(family)) {
    throw new TypeError(
      `font family names may hold letters, digits, spaces, - and _ only, not ${JSON.stringify(family)}`,
    );
  }
  return `'${family}', ${generic}`;
}
