/**
 * Layout: ELK (layered, orthogonal edges, inline centred edge labels) behind a tiny protocol.
 *
 * - `createLayoutClient()` (browser): runs ELK in a module worker, keeps only the newest request
 *   (older promises reject with `StaleLayoutError`), caches results by `key` (LRU) and falls back
 *   to in-thread ELK once if the worker fails. The worker warms ELK up while idle.
 * - `layoutNow(request)` (Node, tests, CLI): the same pipeline in the current thread; ELK is
 *   loaded on first use, so importing this module never pulls ELK into a bundle.
 * - Pure pieces: `toElk` / `fromElk` (absolute coordinates), `applyPins` (pinned positions on
 *   top of a result, cheap enough to run after every drag) and `routeOrthogonal`.
 *
 * Options are tiered by node count (see `selectElkOptions`): ≤100 nodes get the best-looking
 * settings, bigger graphs cheaper ones so that 500/1000/2000-node graphs stay within budget.
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
