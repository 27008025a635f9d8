/// <reference lib="webworker" />
/**
 * Layout worker (module worker): answers `LayoutWorkerRequest` messages with
 * `LayoutWorkerResponse` messages through {@link createLayoutServer} (newest request only; ELK
 * warm-up while idle).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { createLayoutServer } from './layoutServer';
import type { LayoutWorkerResponse } from './protocol';
import { runLayout } from './runLayout';
import { WARMUP_PLAN } from './warmup';

declare const self: DedicatedWorkerGlobalScope;

const elk = new ELK();
const server = createLayoutServer({
  layout: (request, tier) => runLayout(elk, request, tier),
  post: (message: LayoutWorkerResponse) => self.postMessage(message),
  warmup: WARMUP_PLAN,
});

// elk.bundled.js installs its own `self.onmessage` when it is evaluated inside a worker; this
// assignment runs after the import and replaces it.
self.onmessage = (event: MessageEvent<unknown>) => server.receive(event.data);
