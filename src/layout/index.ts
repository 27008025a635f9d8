/**
 * Layout: layered drawings with orthogonal edges and inline centred edge labels, behind a tiny
 * protocol. Graphs of up to 150 nodes go through ELK; larger ones (`FAST_LAYOUT_MIN_NODES`)
 * through `fastLayout`, a linear-ish layered layout in plain TypeScript (fastLayered.ts and
 * fast/), because ELK takes seconds for them in the browser.
 *
 * - `createLayoutClient()` (browser): runs layouts in a module worker, keeps only the newest
 *   request (older promises reject with `StaleLayoutError`), caches results by `key` (LRU) and
 *   falls back to in-thread layout once if the worker fails. The worker loads ELK lazily (one
 *   tiny warm-up right after start unless a request came first; a large request never waits
 *   for ELK).
 * - `layoutNow(request)` (Node, tests, CLI): the same pipeline in the current thread; ELK is
 *   loaded on the first small graph, so importing this module never pulls ELK into a bundle.
 * - Pure pieces: `fastLayout`, `toElk` / `fromElk` (absolute coordinates), `applyPins` (pinned
 *   positions on top of a result, cheap enough to run after every drag) and `routeOrthogonal`.
 *
 * ELK options are tiered by node count (see `selectElkOptions`): ≤100 nodes get the best-looking
 * settings, 101–150 cheaper ones.
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
export { fastLayout } from './fastLayered';
export { FAST_LAYOUT_MIN_NODES, provisionalLayout, usesFastLayout } from './provisional';
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
