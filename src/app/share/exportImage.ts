/**
 * "Export SVG" and "Export PNG": the pure renderer (render/svg) draws the diagram from the model
 * and the layout — not a screenshot — with the app's fonts embedded and the YAML in its
 * metadata; PNG is that SVG rasterised at 2×. Loaded lazily: the viewer never pays for it.
 */
import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interSemibold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import monoRegular from '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2?url';
import { APP_FONT_FILES, renderSvg, type SvgFont } from '@/render/svg';
import type { AppState, Theme } from '@/store/types';

const FONT_URLS: Readonly<Record<string, string>> = {
  '@fontsource/inter/files/inter-latin-400-normal.woff2': interRegular,
  '@fontsource/inter/files/inter-latin-600-normal.woff2': interSemibold,
  '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2': monoRegular,
};

let fonts: Promise<SvgFont[]> | undefined;

/** The app's fonts as embeddable data (fetched once, from our own bundle). */
function loadFonts(): Promise<SvgFont[]> {
  fonts ??= Promise.all(
    APP_FONT_FILES.map(async ({ path, ...font }): Promise<SvgFont | null> => {
      const url = FONT_URLS[path];
      if (url === undefined) return null;
      const response = await fetch(url);
      return { ...font, data: new Uint8Array(await response.arrayBuffer()) };
    }),
  ).then((list) => list.filter((f): f is SvgFont => f !== null));
  return fonts;
}

type Shown = NonNullable<AppState['shown']>;

/** The SVG document of what the canvas shows, in `theme`, with the YAML `source` embedded. */
export async function diagramSvg(shown: Shown, theme: Theme, source: string): Promise<string> {
  const embedded = await loadFonts().catch(() => []);
  return renderSvg({ graph: shown.graph, diagram: shown.diagram, layout: shown.layout, theme, source, fonts: embedded });
}

/** Rasterises an SVG document at `scale` through an <img> and a canvas. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image is too large to export as PNG; export SVG instead.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `data` as a download named `name`. */
export function download(data: Blob | string, name: string, type = 'image/svg+xml'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
