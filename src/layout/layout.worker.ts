/// <reference lib="webworker" />
/**
 * Layout worker (module worker): answers `LayoutWorkerRequest` messages with
 * `LayoutWorkerResponse` messages through {@link createLayoutServer} (newest request only).
 * ELK is imported lazily, on the warm-up or the first small graph: a large graph is laid out
 * by the fast layout without waiting for ELK to load.
 */
import type { ELK } from 'elkjs/lib/elk-api';
import { fastLayout } from './fastLayered';
import { createLayoutServer } from './layoutServer';
import type { LayoutWorkerResponse } from './protocol';
import { runLayout } from './runLayout';
import { warmupGraph } from './warmup';

declare const self: DedicatedWorkerGlobalScope;

const onMessage = (event: MessageEvent<unknown>): void => server.receive(event.data);

let elk: Promise<ELK> | undefined;
let elkReady = false;
const loadElk = (): Promise<ELK> =>
  (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => {
    elkReady = true;
    // elk.bundled.js installs its own `self.onmessage` (a dispatcher that swallows messages it
    // does not know) when its CommonJS body first runs — which can be later than this import.
    // Our handler is a listener, so it never depends on `onmessage`; clear ELK's when we can.
    const instance = new Elk();
    self.onmessage = null;
    return instance;
  }));

/** Size of the graph that warms up the fast layout's code. */
const FAST_WARMUP_NODES = 80;

/** Lets queued messages (a request) run before the next warm-up step. */
const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const server = createLayoutServer({
  // Until ELK has loaded (~0.5 s to compile in a cold worker), a small graph gets the fast
  // layout at once as a provisional answer, so the first diagram never waits for ELK.
  layout: (request, post) => runLayout(loadElk, request, undefined, { elkReady, post }),
  post: (message: LayoutWorkerResponse) => self.postMessage(message),
  // Asked for by the page when it opens a large document (see main.tsx): the fast path on a
  // small graph (~50-250 ms in a cold Chromium worker; measured: a 500-node layout right after
  // it takes about half as long as in a cold worker). Small documents get none: on two cores
  // it slowed the reference example's start-up by ~0.3 s. ELK itself loads when the first
  // small graph needs it — after that graph's provisional answer has been sent — so a first
  // request never waits behind ELK's compilation.
  warmup: async () => {
    fastLayout(warmupGraph(FAST_WARMUP_NODES));
    await yieldToMessages();
  },
});

self.addEventListener('message', onMessage);
