import { StaleLayoutError } from '@/layout/layoutClient';
import { provisionalLayout, usesFastLayout } from '@/layout/provisional';
import type { LayoutRequest, LayoutResult } from '@/layout/protocol';
import type { LayoutFn } from '@/store/layoutEffect';

interface Held {
  readonly request: LayoutRequest;
  readonly resolve: (result: LayoutResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The app's layout function, with the first document drawn sooner: its first request — a small
 * graph (one ELK lays out) while nothing is drawn yet — gets its provisional layout at once, on
 * this thread (a few ms), so the canvas's very first render draws the diagram. The worker, cold
 * at that point, answered ~0.1 s later on a slow machine.
 *
 * ELK's layout still comes from the worker and replaces it, but is asked for only once
 * `drawn()` resolves (the first drawing is on screen): loading ELK in the worker while the page
 * draws slows the drawing down on two cores. A request made meanwhile goes to `layout` at once,
 * and the held one is dropped (it shares the new one's answer if it asked for the same layout).
 * Every later request goes straight to `layout`.
 */
export function withQuickFirstLayout(layout: LayoutFn, nothingShown: () => boolean, drawn: () => Promise<void>): LayoutFn {
  let first = true;
  let held: Held | null = null;
  return (request, onProvisional) => {
    const quick = first && onProvisional !== undefined && request.nodes.length > 0 && !usesFastLayout(request) && nothingShown();
    first = false;
    if (!quick) {
      const answer = layout(request, onProvisional);
      if (held) {
        const superseded = held;
        held = null;
        if (superseded.request.key === request.key) answer.then(superseded.resolve, superseded.reject);
        else superseded.reject(new StaleLayoutError(superseded.request.key));
      }
      return answer;
    }
    onProvisional(provisionalLayout(request));
    return new Promise<LayoutResult>((resolve, reject) => {
      const mine: Held = { request, resolve, reject };
      held = mine;
      void drawn().then(() => {
        if (held !== mine) return;
        held = null;
        layout(request).then(resolve, reject);
      });
    });
  };
}
