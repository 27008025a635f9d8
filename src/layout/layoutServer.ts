/**
 * The worker's request loop, without the worker: lays out only the newest request, and runs
 * one warm-up task when asked before the first request. Kept apart from `layout.worker.ts` so that it can be
 * tested in Node.
 */
import type { LayoutRequest, LayoutResult, LayoutWorkerRequest, LayoutWorkerResponse, LayoutWorkerWarmup } from './protocol';

/** What the server needs from its host. */
export interface LayoutServerHost {
  /** Runs one layout; may hand over a provisional result first. */
  readonly layout: (request: LayoutRequest, provisional: (result: LayoutResult) => void) => Promise<LayoutResult>;
  /** Sends a response to the client. */
  readonly post: (message: LayoutWorkerResponse) => void;
  /**
   * A one-off warm-up, run when the client asks for it (a `warmup` message), `startMs` later
   * unless a request came first. Requests never queue behind it: they start as soon as the
   * thread is free (at the warm-up's next `await`). Its failures are ignored (real requests
   * will report them).
   */
  readonly warmup?: () => Promise<unknown>;
  /** Delay between the `warmup` message and the warm-up (default 0 ms). */
  readonly startMs?: number;
}

/** The server: feed it every incoming message. */
export interface LayoutServer {
  receive(data: unknown): void;
}

const isLayoutRequest = (data: unknown): data is LayoutWorkerRequest =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'layout';

const isWarmup = (data: unknown): data is LayoutWorkerWarmup =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'warmup';

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Creates the request loop. One request runs at a time, each in a fresh macrotask. A request
 * that was superseded by a newer one before it started is dropped without a reply (the client
 * has already settled it as stale).
 */
export function createLayoutServer(host: LayoutServerHost): LayoutServer {
  let latest: LayoutWorkerRequest | undefined;
  let running = false;
  let warmupTimer: ReturnType<typeof setTimeout> | undefined;

  const runLatest = async (): Promise<void> => {
    const job = latest;
    latest = undefined;
    if (!job) return;
    try {
      const provisional = (result: LayoutResult) => host.post({ type: 'provisional', id: job.id, result });
      host.post({ type: 'result', id: job.id, result: await host.layout(job.request, provisional) });
    } catch (error) {
      host.post({ type: 'error', id: job.id, message: errorMessage(error) });
    }
  };

  const start = (): void => {
    running = true;
    setTimeout(() => {
      void runLatest().finally(() => {
        running = false;
        if (latest) start();
      });
    }, 0);
  };

  /** Whether a request came or a warm-up was asked for (either way, no more warm-ups). */
  let started = false;

  return {
    receive(data) {
      const { warmup } = host;
      if (isWarmup(data)) {
        if (started || !warmup) return;
        started = true;
        warmupTimer = setTimeout(() => {
          warmupTimer = undefined;
          warmup().catch(() => undefined);
        }, host.startMs ?? 0);
        return;
      }
      if (!isLayoutRequest(data)) return;
      started = true;
      if (warmupTimer !== undefined) {
        clearTimeout(warmupTimer);
        warmupTimer = undefined;
      }
      latest = data;
      if (!running) start();
    },
  };
}
