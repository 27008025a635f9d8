/// <reference lib="webworker" />
/**
 * Parse worker: runs `parseWorkflow` off the main thread for large documents, so that opening
 * a 2000-node workflow never blocks the page. Replies carry the request id.
 */
import { parseWorkflow } from '@/model/parse';
import type { ParseRequest, ParseResponse } from './parseProtocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text } = event.data;
  const response: ParseResponse = { id, result: parseWorkflow(text) };
  self.postMessage(response);
};
