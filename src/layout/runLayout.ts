/**
 * The layout pipeline shared by the worker, the in-thread fallback and Node. Small graphs go
 * through ELK (toElk → ELK → fromElk); graphs of FAST_LAYOUT_MIN_NODES (provisional.ts) nodes or more
 * go through {@link fastLayout}, which is pure TypeScript and never loads ELK.
 */
import type { ELK } from 'elkjs/lib/elk-api';
import type { SizeTier } from './elkOptions';
import { fastLayout } from './fastLayered';
import { fromElk } from './fromElk';
import { isFullyPinned, layoutPinned } from './pins';
import { provisionalLayout, usesFastLayout } from './provisional';
import type { LayoutRequest, LayoutResult } from './protocol';
import { toElk } from './toElk';


/** Gives the ELK instance, loading it on first call if need be. Only called for small graphs. */
export type ElkProvider = () => ELK | Promise<ELK>;

/**
 * Lays out `request`: nothing to do without nodes, pins only when every node is pinned, the
 * fast layout for large graphs (see {@link usesFastLayout}; ELK is not asked for), ELK
 * otherwise. `ms` in the result is the wall time of the whole job. `tier` forces ELK with
 * that option tier (used to warm up the worker).
 */
export async function runLayout(
  getElk: ElkProvider,
  request: LayoutRequest,
  tier?: SizeTier,
  /** Called with the fast layout first when ELK is not loaded yet (`elkReady` false). */
  provisional?: { readonly elkReady: boolean; readonly post: (result: LayoutResult) => void },
): Promise<LayoutResult> {
  const start = performance.now();
  if (request.nodes.length === 0) {
    return { key: request.key, nodes: {}, edges: {}, width: 0, height: 0, ms: 0 };
  }
  if (isFullyPinned(request)) {
    return { ...layoutPinned(request), ms: performance.now() - start };
  }
  if (tier === undefined && usesFastLayout(request)) {
    return { ...fastLayout(request), ms: performance.now() - start };
  }
  if (provisional && !provisional.elkReady) provisional.post(provisionalLayout(request));
  const elk = await getElk();
  const laidOut = await elk.layout(toElk(request, tier));
  const result = fromElk(laidOut, request);
  return { ...result, ms: performance.now() - start };
}
