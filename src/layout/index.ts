/**
 * Layout: ELK (layered, orthogonal) behind a tiny protocol. Pure converters (`toElk`,
 * `fromElk`, `applyPins`, `routeOrthogonal`), an in-thread runner for Node (`layoutNow`) and a
 * worker-backed client for the browser (`createLayoutClient`).
 */
import type { LayoutRequest, LayoutResult } from './protocol';

export type {
  Box,
  LaidOutEdge,
  LaidOutNode,
  LayoutDirection,
  LayoutEdgeInput,
  LayoutLabelInput,
  LayoutNodeInput,
  LayoutRequest,
  LayoutResult,
  LayoutWorkerRequest,
  LayoutWorkerResponse,
  XY,
} from './protocol';
export { toElk } from './toElk';
export { fromElk, readElk } from './fromElk';
export { applyPins, layoutPinned, type Pins } from './pins';
export { routeOrthogonal, type RouteOptions } from './route';
export { selectElkOptions, SPACING } from './elkOptions';

/**
 * Lays out `request` in the current thread (plain Node works: tests, CLI). ELK (~1.5 MB) is
 * loaded on first call, so importing this module never pulls ELK into the main bundle.
 */
export const layoutNow = async (request: LayoutRequest): Promise<LayoutResult> =>
  (await import('./layoutSync')).layoutNow(request);
export {
  createLayoutClient,
  isStaleLayoutError,
  StaleLayoutError,
  type LayoutClient,
  type LayoutClientOptions,
  type LayoutWorkerLike,
} from './layoutClient';
export { boxesOverlap, isOnBorder, isOrthogonal } from './geometry';
