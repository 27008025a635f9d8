/**
 * The quick layout drawn while ELK loads (small graphs): pins alone when every node is pinned,
 * else the fast layered layout. Synchronous and pure; a graph of ~10 nodes takes a few ms.
 */
import { fastLayout } from './fastLayered';
import { isFullyPinned, layoutPinned } from './pins';
import type { LayoutRequest, LayoutResult } from './protocol';

/**
 * Node count from which the fast layered layout replaces ELK (ELK takes seconds for hundreds
 * of nodes in the browser). Matches the canvas's "large graph" threshold (more than 150).
 */
export const FAST_LAYOUT_MIN_NODES = 151;

/** True when `request` is laid out by the fast layout rather than ELK. */
export const usesFastLayout = (request: LayoutRequest): boolean => request.nodes.length >= FAST_LAYOUT_MIN_NODES;

/** The layout shown until ELK's answer for `request` comes in. */
export function provisionalLayout(request: LayoutRequest): LayoutResult {
  const start = performance.now();
  const result = isFullyPinned(request) ? layoutPinned(request) : fastLayout(request);
  return { ...result, ms: performance.now() - start };
}
