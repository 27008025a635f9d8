/**
 * The first look at a document while the app is still loading: the diagram drawn as a static
 * SVG by the export renderer, with the same fast layout the canvas draws first (so the canvas
 * takes over without a jump). Pure; made in the parse worker right after parsing.
 */
import { applyPins } from '@/layout/pins';
import { provisionalLayout } from '@/layout/provisional';
import type { LayoutDirection, ParseResult } from '@/model/types';
import { buildDiagram } from '@/render/diagram';
import { renderSvg } from '@/render/svg';

/** Larger graphs are drawn by the canvas's overview layer, which is quick on its own. */
export const PREVIEW_MAX_NODES = 150;

export interface PreviewRequest {
  readonly theme: 'light' | 'dark';
  /** `?dir=` from the address; else the file's `x-layout.direction`, else DOWN. */
  readonly direction: LayoutDirection | null;
}

/** The SVG markup, or undefined when there is nothing (or too much) to preview. */
export function previewSvg(result: ParseResult, request: PreviewRequest): string | undefined {
  const graph = result.graph;
  if (!graph || graph.nodes.length === 0 || graph.nodes.length > PREVIEW_MAX_NODES) return undefined;
  const direction = request.direction ?? graph.layout.direction ?? 'DOWN';
  const diagram = buildDiagram(graph, direction);
  const base = provisionalLayout(diagram.request);
  const layout = applyPins(base, graph.layout.pinned, direction);
  return renderSvg({ graph, diagram, layout, theme: request.theme, header: false, legend: false, background: false });
}
