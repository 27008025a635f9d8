import { provisionalLayout, usesFastLayout } from '@/layout/provisional';
import type { LayoutFn } from '@/store/layoutEffect';

/**
 * The app's layout function, with the first document drawn sooner: its first request — a small
 * graph (one ELK lays out) while nothing is drawn yet — gets its provisional layout at once, on
 * this thread (a few ms), so the canvas's very first render draws the diagram. The worker, cold
 * at that point, answered ~0.1 s later on a slow machine. ELK's layout still comes from the
 * worker and replaces it; every later request goes straight to `layout`.
 */
export function withQuickFirstLayout(layout: LayoutFn, nothingShown: () => boolean): LayoutFn {
  let first = true;
  return (request, onProvisional) => {
    const quick = first && onProvisional !== undefined && request.nodes.length > 0 && !usesFastLayout(request) && nothingShown();
    first = false;
    if (!quick) return layout(request, onProvisional);
    onProvisional(provisionalLayout(request));
    return layout(request);
  };
}
