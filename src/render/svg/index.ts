/**
 * render/svg: the pure SVG renderer behind "Export SVG", "Export PNG" (the browser rasterises
 * the SVG) and `osop-canvas render`. No DOM, no React: runs in Node and the browser.
 *
 * - {@link renderSvg}: graph + diagram + layout + theme (+ YAML source) → a standalone SVG document.
 * - {@link extractSource}: the YAML embedded in such an SVG (for "drop an exported SVG to reopen it").
 * - {@link SvgFont}: optional font files to embed, so text looks the same where the app's fonts are absent.
 */
export { renderSvg, type RenderSvgInput } from './render';
export { extractSource, OSOP_NS, SOURCE_ENCODING } from './source';
export {
  APP_FONT_FILES,
  bytesToBase64,
  fontFaceCss,
  type AppFontFile,
  type SvgFont,
} from './fonts';
export { FONT_MONO, FONT_UI, palette, type Palette, type SvgTheme } from './theme';
export type { FontFamilies } from './style';
export { escapeAttr, escapeText, stripInvalid } from './xml';
