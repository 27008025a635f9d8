/// <reference lib="webworker" />
/**
 * Parse worker: runs `parseWorkflow` off the main thread (the start document, and large
 * documents later on), draws the start-up preview when asked, and lays out a large start
 * document after replying. Replies carry the request id.
 *
 * The preview's SVG renderer (with the link codec it embeds sources with) is imported only when
 * a preview is asked for: a third of this worker's code, which a large start document (no
 * preview) waited for the worker to compile and run before its parse began.
 */
import { parseWorkflow } from '@/model/parse';
import type { LayoutResult } from '@/layout/protocol';
import { provisionalLayout } from '@/layout/provisional';
import type { Diagram } from '@/render/diagram';
import { largeStartDiagram } from './firstLayout';
import type { ParseRequest, ParseResponse } from './parseProtocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, text, preview, layout } = event.data;
  const result = parseWorkflow(text);
  let svg: string | undefined;
  if (preview) {
    try {
      svg = (await import('./previewSvg')).previewSvg(result, preview);
    } catch {
      svg = undefined; // no preview: the app draws the diagram anyway
    }
  }
  // A large graph's diagram is built before replying: the page takes its measured cards instead
  // of measuring them again (~60 ms of its main thread at 500 nodes), and it is laid out next.
  let diagram: Diagram | undefined;
  if (layout) {
    try {
      diagram = largeStartDiagram(result, layout.direction);
    } catch {
      diagram = undefined; // the page measures and asks the layout worker as usual
    }
  }
  const response: ParseResponse = {
    id,
    result,
    ...(svg === undefined ? {} : { preview: svg }),
    ...(diagram === undefined ? {} : { measured: { cards: diagram.cards, labels: diagram.labels, edges: diagram.edges } }),
  };
  self.postMessage(response);
  if (layout) {
    let laidOut: LayoutResult | null = null;
    try {
      laidOut = diagram ? provisionalLayout(diagram.request) : null;
    } catch {
      laidOut = null; // the page asks the layout worker as usual
    }
    const second: ParseResponse = { id, layout: laidOut };
    self.postMessage(second);
  }
};
