/// <reference lib="webworker" />
/**
 * Parse worker: runs `parseWorkflow` off the main thread (the start document, and large
 * documents later on), draws the start-up preview when asked, and lays out a large start
 * document after replying. Replies carry the request id.
 */
import { parseWorkflow } from '@/model/parse';
import type { LayoutResult } from '@/layout/protocol';
import { firstLayout } from './firstLayout';
import type { ParseRequest, ParseResponse } from './parseProtocol';
import { previewSvg } from './previewSvg';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text, preview, layout } = event.data;
  const result = parseWorkflow(text);
  let svg: string | undefined;
  if (preview) {
    try {
      svg = previewSvg(result, preview);
    } catch {
      svg = undefined; // no preview: the app draws the diagram anyway
    }
  }
  const response: ParseResponse = svg === undefined ? { id, result } : { id, result, preview: svg };
  self.postMessage(response);
  if (layout) {
    let laidOut: LayoutResult | null = null;
    try {
      laidOut = firstLayout(result, layout.direction) ?? null;
    } catch {
      laidOut = null; // the page asks the layout worker as usual
    }
    const second: ParseResponse = { id, layout: laidOut };
    self.postMessage(second);
  }
};
