/**
 * SVG → PNG with resvg (`@resvg/resvg-js`, a prebuilt native module from an optional platform
 * package). Loaded only for PNG output, so SVG output works where resvg cannot be loaded.
 */
import type { Resvg } from '@resvg/resvg-js';
import type { PngFonts } from './fonts';

/** Most pixels of one PNG (64 MP, 256 MB while drawing); larger drawings get a smaller scale. */
export const MAX_PIXELS = 64_000_000;

/** A rasterised image. */
export interface Png {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** The scale used (smaller than asked when the image would have been too large). */
  readonly scale: number;
}

type ResvgClass = typeof Resvg;

/** Thrown when resvg cannot be loaded on this machine. */
export class PngUnavailableError extends Error {
  override readonly name = 'PngUnavailableError';
}

let loaded: Promise<ResvgClass> | undefined;

function loadResvg(): Promise<ResvgClass> {
  loaded ??= import('@resvg/resvg-js').then(
    (m) => m.Resvg,
    (error: unknown) => {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new PngUnavailableError(
        `PNG output needs @resvg/resvg-js, which cannot be loaded here (${why}). ` +
          `Run \`npm install\` so that npm installs its package for ${process.platform}-${process.arch}, ` +
          `or write SVG instead (-o out.svg).`,
      );
    },
  );
  return loaded;
}

/** The scale to draw at: `scale`, reduced so that the image has at most {@link MAX_PIXELS}. */
export function fitScale(width: number, height: number, scale: number): number {
  const pixels = width * height * scale * scale;
  if (pixels <= MAX_PIXELS) return scale;
  return Math.sqrt(MAX_PIXELS / (width * height));
}

/**
 * Draws `svg` (`width` × `height` user units) at `scale` with system fonts (`fonts.ui` for
 * text whose family is missing). Throws {@link PngUnavailableError} when resvg cannot be loaded.
 */
export async function rasterize(
  svg: string,
  size: { readonly width: number; readonly height: number },
  scale: number,
  fonts: PngFonts,
): Promise<Png> {
  const ResvgImpl = await loadResvg();
  const used = fitScale(size.width, size.height, scale);
  const resvg = new ResvgImpl(svg, {
    fitTo: { mode: 'zoom', value: used },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: fonts.ui,
      sansSerifFamily: fonts.ui,
      monospaceFamily: fonts.mono,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  const image = resvg.render();
  const data = image.asPng();
  return { data, width: image.width, height: image.height, scale: used };
}
