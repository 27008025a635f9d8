/**
 * Main-thread layout client: runs layouts in a module worker, keeps only the newest request
 * alive, caches results by key and falls back to in-thread layout once if the worker fails.
 */
import { LruCache } from './lruCache';
import type {
  LayoutRequest,
  LayoutResult,
  LayoutWorkerRequest,
  LayoutWorkerWarmup,
  LayoutWorkerResponse,
} from './protocol';

/**
 * The rejection of a `layout()` promise that a newer request superseded. Callers that only
 * care about the newest layout can ignore it (see {@link isStaleLayoutError}).
 */
export class StaleLayoutError extends Error {
  override readonly name = 'StaleLayoutError';
  /** The key of the superseded request. */
  readonly key: string;
  constructor(key: string) {
    super(`Layout ${key} was superseded by a newer request`);
    this.key = key;
  }
}

/** True for the rejection of a superseded request. */
export const isStaleLayoutError = (error: unknown): error is StaleLayoutError =>
  error instanceof StaleLayoutError;

/** The part of `Worker` the client uses (a real `Worker` fits; tests pass a fake). */
export interface LayoutWorkerLike {
  postMessage(message: LayoutWorkerRequest | LayoutWorkerWarmup): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<LayoutWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** Everything is optional; the defaults are right for the app. */
export interface LayoutClientOptions {
  /** Results kept by key (default 8). */
  readonly cacheSize?: number;
  /** Makes the worker. Default: the `layout.worker.ts` module worker; none where `Worker` is missing. */
  readonly createWorker?: () => LayoutWorkerLike | undefined;
  /** In-thread layout used when the worker cannot be. Default: `layoutNow` (lazily imported). */
  readonly inThread?: (request: LayoutRequest) => Promise<LayoutResult>;
}

/** A layout client; see {@link createLayoutClient}. */
export interface LayoutClient {
  /**
   * Lays out `request`. A cached key resolves at once (with `ms: 0`); an identical key already
   * in flight shares its promise. Any other new call supersedes the previous one, whose
   * promise rejects with {@link StaleLayoutError}. Layout failures reject with an `Error`.
   * While ELK is still loading, a small graph's fast layout may arrive first through
   * `onProvisional` (never after the promise settled).
   */
  layout(request: LayoutRequest, onProvisional?: (result: LayoutResult) => void): Promise<LayoutResult>;
  /**
   * Asks the worker to warm up the fast layout (for a large document whose layout is coming):
   * its first large layout then takes about half as long. Not worth it for small documents:
   * on two cores the warm-up competes with the page's own start-up.
   */
  warmup(): void;
  /**
   * Takes a layout made elsewhere (the parse worker's, for a large start document; null: none
   * came): requests made until it arrives wait for it, and a request with its key gets it
   * without asking the worker.
   */
  adopt(layout: Promise<LayoutResult | null>): void;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

interface Pending {
  readonly id: number;
  readonly request: LayoutRequest;
  /** Listeners for a provisional result (every caller sharing this job). */
  readonly provisional: ((result: LayoutResult) => void)[];
  readonly promise: Promise<LayoutResult>;
  readonly resolve: (result: LayoutResult) => void;
  readonly reject: (error: unknown) => void;
}

const defaultWorker = (): LayoutWorkerLike | undefined =>
  typeof Worker === 'undefined'
    ? undefined
    : new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

const defaultInThread = async (request: LayoutRequest): Promise<LayoutResult> => {
  const { layoutNow } = await import('./layoutSync');
  return layoutNow(request);
};

/**
 * Creates a client. The worker starts right away so that it (and ELK, for small graphs) loads
 * while the app parses. If it cannot be created, or reports an error (failed to load, crashed),
 * the client switches for good to in-thread layout and re-runs the pending request there.
 */
export function createLayoutClient(options: LayoutClientOptions = {}): LayoutClient {
  const cache = new LruCache<string, LayoutResult>(options.cacheSize ?? 8);
  const inThread = options.inThread ?? defaultInThread;
  let worker: LayoutWorkerLike | undefined;
  let pending: Pending | undefined;
  let nextId = 1;
  let terminated = false;

  const settle = (job: Pending, outcome: { result: LayoutResult } | { error: unknown }): void => {
    if (pending !== job) return; // superseded: its promise is already settled as stale
    pending = undefined;
    if ('result' in outcome) {
      cache.set(job.request.key, outcome.result);
      job.resolve(outcome.result);
    } else {
      job.reject(outcome.error);
    }
  };

  const runInThread = (job: Pending): void => {
    inThread(job.request).then(
      (result) => settle(job, { result }),
      (error: unknown) => settle(job, { error }),
    );
  };

  const fallBack = (): void => {
    worker?.terminate();
    worker = undefined;
    if (pending) runInThread(pending);
  };

  const startWorker = (): void => {
    try {
      worker = (options.createWorker ?? defaultWorker)();
    } catch {
      worker = undefined;
    }
    if (!worker) return;
    worker.onmessage = (event) => {
      const message = event.data;
      const job = pending;
      if (job?.id !== message.id) return; // a stale reply
      if (message.type === 'result') settle(job, { result: message.result });
      else if (message.type === 'provisional') for (const listener of job.provisional) listener(message.result);
      else settle(job, { error: new Error(message.message) });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    worker.onmessageerror = () => fallBack();
  };

  startWorker();

  /** A layout made elsewhere that is still to come (see `adopt`). */
  let incoming: Promise<void> | null = null;

  const client: LayoutClient = {
    layout(request, onProvisional) {
      if (terminated) return Promise.reject(new Error('The layout client was terminated'));
      if (incoming) return incoming.then(() => client.layout(request, onProvisional));
      if (pending?.request.key === request.key) {
        if (onProvisional) pending.provisional.push(onProvisional);
        return pending.promise;
      }
      if (pending) {
        const old = pending;
        pending = undefined;
        old.reject(new StaleLayoutError(old.request.key));
      }
      const cached = cache.get(request.key);
      if (cached) return Promise.resolve({ ...cached, ms: 0 });
      let resolve: (result: LayoutResult) => void = () => undefined;
      let reject: (error: unknown) => void = () => undefined;
      const promise = new Promise<LayoutResult>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const job: Pending = { id: nextId++, request, provisional: onProvisional ? [onProvisional] : [], promise, resolve, reject };
      pending = job;
      try {
        if (!worker) throw new Error('no worker');
        worker.postMessage({ type: 'layout', id: job.id, request });
      } catch {
        runInThread(job); // no worker, or the request cannot be cloned: lay it out here
      }
      return promise;
    },
    adopt(layout) {
      const arrival = layout.then(
        (result) => {
          if (result) cache.set(result.key, result);
        },
        () => undefined,
      );
      incoming = arrival;
      void arrival.then(() => {
        if (incoming === arrival) incoming = null;
      });
    },
    warmup() {
      try {
        worker?.postMessage({ type: 'warmup' });
      } catch {
        // A warm-up is only ever an optimisation.
      }
    },
    terminate() {
      terminated = true;
      worker?.terminate();
      worker = undefined;
      if (pending) {
        const job = pending;
        pending = undefined;
        job.reject(new Error('The layout client was terminated'));
      }
    },
  };
  return client;
}
