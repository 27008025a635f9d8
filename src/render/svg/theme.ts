/**
 * The export's colours, light and dark: the same values as the app's CSS variables
 * (src/app/styles.css), resolved to plain colours because renderers of SVG files (and SVG
 * loaded as an image) do not all support `var()` or `color-mix()`. Pure.
 */

/** The two export themes, as in the app. */
export type SvgTheme = 'light' | 'dark';

/** Resolved colours of one theme. */
export interface Palette {
  /** Canvas background. */
  readonly bg: string;
  /** Header band background. */
  readonly panel: string;
  /** Chip background. */
  readonly panel2: string;
  readonly border: string;
  readonly text: string;
  readonly muted: string;
  /** Colour of sequential (neutral) edges. */
  readonly edge: string;
  readonly nodeBg: string;
  readonly nodeBorder: string;
  readonly labelBg: string;
  /** Text colour of secret names on cards. */
  readonly secret: string;
  readonly riskText: string;
  readonly riskBg: string;
  readonly approval: string;
  /** Card drop shadow colour and opacity. */
  readonly shadow: string;
  readonly shadowOpacity: number;
}

const LIGHT: Palette = {
  bg: '#f6f7f9',
  panel: '#ffffff',
  panel2: '#f1f3f6',
  border: '#dfe3ea',
  text: '#0f172a',
  muted: '#64748b',
  edge: '#64748b',
  nodeBg: '#ffffff',
  nodeBorder: '#d5dae3',
  labelBg: '#ffffff',
  secret: '#b45309',
  riskText: '#b91c1c',
  riskBg: '#fee2e2',
  approval: '#b45309',
  shadow: '#0f172a',
  shadowOpacity: 0.09,
};

const DARK: Palette = {
  bg: '#0b1020',
  panel: '#121829',
  panel2: '#182034',
  border: '#273148',
  text: '#e2e8f0',
  muted: '#94a3b8',
  edge: '#94a3b8',
  nodeBg: '#141b2e',
  nodeBorder: '#2b3650',
  labelBg: '#101626',
  secret: '#fbbf24',
  riskText: '#fca5a5',
  riskBg: '#450a0a',
  approval: '#b45309',
  shadow: '#000000',
  shadowOpacity: 0.4,
};

/** The palette of a theme. */
export function palette(theme: SvgTheme): Palette {
  return theme === 'dark' ? DARK : LIGHT;
}

/** Font stacks: the app's bundled fonts first, then system fonts (CJK included). */
export const FONT_UI =
  "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans CJK TC', 'Noto Sans CJK JP', 'PingFang TC', 'Microsoft JhengHei', sans-serif";
/** Monospace stack. */
export const FONT_MONO =
  "'JetBrains Mono', ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', 'Noto Sans Mono CJK SC', monospace";
