/// <reference lib="webworker" />
/**
 * Layout worker (module worker): answers {@link LayoutWorkerRequest}s with
 * {@link LayoutWorkerResponse}s. Only the newest queued request is laid out: a request that was
 * superseded while the worker was busy is dropped without a reply (the client has already
 * settled it as stale).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from './protocol';
import { runLayout } from './runLayout';

declare const self: DedicatedWorkerGlobalScope;

const elk = new ELK();
let latest: LayoutWorkerRequest | undefined;
let scheduled = false;

const isLayoutRequest = (data: unknown): data is LayoutWorkerRequest =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'layout';

const reply = (message: LayoutWorkerResponse): void => self.postMessage(message);

async function processLatest(): Promise<void> {
  scheduled = false;
  const job = latest;
  latest = undefined;
  if (!job) return;
  try {
    reply({ type: 'result', id: job.id, result: await runLayout(elk, job.request) });
  } catch (error) {
    reply({ type: 'error', id: job.id, message: error instanceof Error ? error.message : String(error) });
  }
}

// elk.bundled.js installs its own `self.onmessage` when it is evaluated inside a worker; this
// assignment runs after the import and replaces it.
self.onmessage = (event: MessageEvent<unknown>) => {
  if (!isLayoutRequest(event.data)) return;
  latest = event.data;
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => void processLatest(), 0);
};
