import type { LayoutResult } from '@/layout/protocol';
import type { DrawnEdge, LayoutDirection, ParseResult } from '@/model/types';
import type { EdgeLabelBox } from '@/render/edgeLabel';
import type { NodeCard } from '@/render/nodeCard';
import type { PreviewRequest } from './previewSvg';

/**
 * The cards, label boxes and drawn edges of a large start document's diagram, made by the parse
 * worker for its layout: the page builds its diagram with them instead of making them again.
 */
export interface MeasuredCards {
  readonly cards: ReadonlyMap<string, NodeCard>;
  readonly labels: ReadonlyMap<string, EdgeLabelBox>;
  /** Its drawn edges (finding back edges in a large graph is most of a diagram's work). */
  readonly edges: readonly DrawnEdge[];
}

export interface ParseRequest {
  readonly id: number;
  readonly text: string;
  /** Also draw the static start-up preview (see previewSvg.ts). */
  readonly preview?: PreviewRequest;
  /**
   * Also lay out a large graph, after replying with the parse (see firstLayout.ts): the
   * direction the page shows it in (`?dir=`; null: the file's, else DOWN).
   */
  readonly layout?: { readonly direction: LayoutDirection | null };
}

export type ParseResponse =
  | {
      readonly id: number;
      readonly result: ParseResult;
      /** The preview's SVG markup, when asked for and the graph is small enough. */
      readonly preview?: string;
      /** With `layout`, for a graph the worker lays out: its measured cards and label boxes. */
      readonly measured?: MeasuredCards;
    }
  /** The second reply to a request with `layout`: the layout, or none (a small graph). */
  | { readonly id: number; readonly layout: LayoutResult | null };
