import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { layoutBounds, type Rect } from '@/render/bounds';
import type { AppState } from '@/store/types';
import { toFlow, type Flow } from './toFlow';

/** Padding around the diagram when it is fitted to the canvas (fraction of its size). */
export const FIT_PADDING = 0.08;
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 2.5;
/** Above this many nodes, a zoomed-out view is drawn as one SVG overview (see overview.ts). */
export const LARGE_GRAPH = 150;
/** The header's height above the canvas (styles.css `.osop-header`: min-height 56 px, border included). */
const HEADER_PX = 56;

/** Whether the canvas offers editing gestures. */
export const canvasEditable = (s: Pick<AppState, 'embed' | 'stale' | 'parsing'>): boolean => !s.embed && !s.stale && !s.parsing;

export interface InitialView {
  readonly flow: Flow;
  readonly viewport: Viewport;
}

type ViewState = Pick<AppState, 'shown' | 'embed' | 'stale' | 'parsing' | 'editorOpen' | 'sim'>;

/**
 * What the canvas draws in its very first render when the document is already laid out as it
 * mounts (a small document's usual start): its flow, and the viewport that fits the diagram in
 * the canvas-to-be (`window` less the header; the canvas fills the rest when neither the editor
 * nor the simulation panel is open). React Flow then draws the diagram fitted in its first
 * render instead of a render later. Null otherwise (the canvas fits once it has measured).
 */
export function initialView(state: ViewState, window: { readonly width: number; readonly height: number }): InitialView | null {
  const { shown } = state;
  if (!shown || shown.graph.nodes.length > LARGE_GRAPH || state.editorOpen || state.sim !== null) return null;
  const width = window.width;
  const height = window.height - (state.embed ? 0 : HEADER_PX);
  if (width <= 0 || height <= 0) return null;
  const viewport = fitViewport(layoutBounds(shown.layout), { width, height });
  if (!viewport) return null;
  return { flow: toFlow(shown, canvasEditable(state)), viewport };
}

/** The viewport that fits `bounds` in a canvas of `size` (as React Flow's `fitBounds` sets it); null for an unmeasured canvas. */
export function fitViewport(bounds: Rect, size: { readonly width: number; readonly height: number }): Viewport | null {
  if (!(size.width > 0 && size.height > 0)) return null;
  return getViewportForBounds(bounds, size.width, size.height, MIN_ZOOM, MAX_ZOOM, FIT_PADDING);
}

/** Whether two viewports draw the same picture (to a tenth of a pixel and a thousandth of the zoom). */
export function sameViewport(a: Viewport, transform: readonly [number, number, number]): boolean {
  return Math.abs(a.x - transform[0]) < 0.1 && Math.abs(a.y - transform[1]) < 0.1 && Math.abs(a.zoom - transform[2]) < 1e-3 * a.zoom;
}
