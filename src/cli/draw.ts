/**
 * A workflow graph drawn as the app draws it: diagram, in-thread layout (ELK, or the fast
 * layout for large graphs), x-layout pins on top, then the pure SVG renderer.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { layoutNow } from '@/layout/layoutSync';
import { applyPins } from '@/layout/pins';
import type { LayoutResult } from '@/layout/protocol';
import type { LayoutDirection, WorkflowGraph } from '@/model';
import { buildDiagram, type Diagram } from '@/render/diagram';
import { APP_FONT_FILES, renderSvg, type FontFamilies, type SvgFont, type SvgTheme } from '@/render/svg';

/** A graph laid out for one direction. */
export interface LaidOut {
  readonly graph: WorkflowGraph;
  readonly diagram: Diagram;
  readonly layout: LayoutResult;
}

/** The direction to draw in: `override`, else the file's `x-layout.direction`, else DOWN. */
export const directionOf = (graph: WorkflowGraph, override?: LayoutDirection): LayoutDirection =>
  override ?? graph.layout.direction ?? 'DOWN';

/** Lays `graph` out in `direction` with its pinned positions (`x-layout.nodes`) applied. */
export async function layOut(graph: WorkflowGraph, direction: LayoutDirection): Promise<LaidOut> {
  const diagram = buildDiagram(graph, direction);
  const base = await layoutNow(diagram.request);
  return { graph, diagram, layout: applyPins(base, graph.layout.pinned, direction) };
}

let appFonts: Promise<SvgFont[]> | undefined;

/**
 * The app's fonts (Inter 400/600, JetBrains Mono 400, latin subsets) from `@fontsource/*`, to
 * embed in SVG output as the app's "Export SVG" does; an empty list when they are not installed.
 */
export function loadAppFonts(): Promise<SvgFont[]> {
  appFonts ??= (async () => {
    const require = createRequire(import.meta.url);
    const fonts = await Promise.all(
      APP_FONT_FILES.map(async ({ path, ...font }): Promise<SvgFont | null> => {
        try {
          return { ...font, data: new Uint8Array(await readFile(require.resolve(path))) };
        } catch {
          return null;
        }
      }),
    );
    return fonts.filter((f): f is SvgFont => f !== null);
  })();
  return appFonts;
}

/** What to draw besides the diagram. */
export interface DrawOptions {
  readonly theme: SvgTheme;
  /** The YAML to embed (so the SVG reopens the workflow in the app). */
  readonly source?: string;
  readonly fonts?: readonly SvgFont[];
  readonly fontFamilies?: FontFamilies;
  readonly header: boolean;
  readonly background: boolean;
}

/** The SVG document of a laid-out graph and its size in user units. */
export function drawSvg(laidOut: LaidOut, options: DrawOptions): { svg: string; width: number; height: number } {
  const svg = renderSvg({
    ...laidOut,
    theme: options.theme,
    header: options.header,
    background: options.background,
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.fonts === undefined ? {} : { fonts: options.fonts }),
    ...(options.fontFamilies === undefined ? {} : { fontFamilies: options.fontFamilies }),
  });
  const width = Number(/<svg[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/<svg[^>]*?\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { svg, width, height };
}
