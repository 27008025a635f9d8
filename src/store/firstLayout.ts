/**
 * The layout of a large start document, made in the parse worker right after it has replied
 * with the parse: the same diagram and layout the page would ask the layout worker for (the fast
 * layout is the final one for graphs that large), made while the page takes in the parse.
 * Pure.
 */
import { provisionalLayout, usesFastLayout } from '@/layout/provisional';
import type { LayoutResult } from '@/layout/protocol';
import type { LayoutDirection, ParseResult } from '@/model/types';
import { buildDiagram, type Diagram } from '@/render/diagram';

/**
 * The layout the page will ask for when it shows `result`'s graph in `direction` (null: the
 * file's `x-layout.direction`, else DOWN), keyed like the page's request; undefined for a graph
 * small enough to go through ELK (there the fast layout is only provisional) or nothing to draw.
 */
export function firstLayout(result: ParseResult, direction: LayoutDirection | null): LayoutResult | undefined {
  const diagram = largeStartDiagram(result, direction);
  return diagram ? provisionalLayout(diagram.request) : undefined;
}

/**
 * The diagram `firstLayout` lays out: the one the page builds for `result`'s graph in `direction`
 * (see there), when the graph is large enough for the fast layout; else undefined.
 */
export function largeStartDiagram(result: ParseResult, direction: LayoutDirection | null): Diagram | undefined {
  const graph = result.graph;
  if (!graph || graph.nodes.length === 0) return undefined;
  const diagram = buildDiagram(graph, direction ?? graph.layout.direction ?? 'DOWN');
  return usesFastLayout(diagram.request) ? diagram : undefined;
}
