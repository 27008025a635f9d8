/// <reference lib="webworker" />
/**
 * Parse worker: runs `parseWorkflow` off the main thread (the start document, and large
 * documents later on), and draws the start-up preview when asked. Replies carry the request id.
 */
import { parseWorkflow } from '@/model/parse';
import type { ParseRequest, ParseResponse } from './parseProtocol';
import { previewSvg } from './previewSvg';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text, preview } = event.data;
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
};
