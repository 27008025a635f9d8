/** The layout pipeline shared by the worker, the in-thread fallback and Node: toElk → ELK → fromElk. */
import type { ELK } from 'elkjs/lib/elk-api';
import type { SizeTier } from './elkOptions';
import { fromElk } from './fromElk';
import { isFullyPinned, layoutPinned } from './pins';
import type { LayoutRequest, LayoutResult } from './protocol';
import { toElk } from './toElk';

/**
 * Lays out `request` with the given ELK instance. Skips ELK entirely when there is nothing to
 * place (no nodes, or every node pinned). `ms` in the result is the wall time of the whole job.
 * `tier` forces an option tier (used to warm up the worker); by default it follows the size.
 */
export async function runLayout(
  elk: ELK,
  request: LayoutRequest,
  tier?: SizeTier,
): Promise<LayoutResult> {
  const start = performance.now();
  if (request.nodes.length === 0) {
    return { key: request.key, nodes: {}, edges: {}, width: 0, height: 0, ms: 0 };
  }
  if (isFullyPinned(request)) {
    return { ...layoutPinned(request), ms: performance.now() - start };
  }
  const laidOut = await elk.layout(toElk(request, tier));
  const result = fromElk(laidOut, request);
  return { ...result, ms: performance.now() - start };
}
