/**
 * The worker's request loop, without the worker: lays out only the newest request and, while
 * idle, runs warm-up steps. Kept apart from `layout.worker.ts` so that it can be tested in Node.
 */
import type { SizeTier } from './elkOptions';
import type {
  LayoutRequest,
  LayoutResult,
  LayoutWorkerRequest,
  LayoutWorkerResponse,
} from './protocol';
import type { WarmupStep } from './warmup';

/** What the server needs from its host. */
export interface LayoutServerHost {
  /** Runs one layout (ELK). */
  readonly layout: (request: LayoutRequest, tier?: SizeTier) => Promise<LayoutResult>;
  /** Sends a response to the client. */
  readonly post: (message: LayoutWorkerResponse) => void;
  /**
   * Warm-up steps to run while idle: the first `startMs` after start (unless a request came
   * first: messages queued before the worker was ready get delivered in that time), each
   * other one after `idleMs` without requests.
   */
  readonly warmup?: readonly WarmupStep[];
  /** Delay before the first warm-up step (default 50 ms). */
  readonly startMs?: number;
  /** Quiet time before the other warm-up steps (default 1000 ms). */
  readonly idleMs?: number;
  readonly now?: () => number;
}

/** The server: feed it every incoming message. */
export interface LayoutServer {
  receive(data: unknown): void;
}

const isLayoutRequest = (data: unknown): data is LayoutWorkerRequest =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'layout';

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Creates the request loop. One task runs at a time. A request that was superseded by a newer
 * one before it started is dropped without a reply (the client has already settled it as
 * stale). Warm-up steps never start while a request is waiting, so a request waits at most for
 * the step in progress.
 */
export function createLayoutServer(host: LayoutServerHost): LayoutServer {
  const warmup = host.warmup ?? [];
  const startMs = host.startMs ?? 50;
  const idleMs = host.idleMs ?? 1000;
  const now = host.now ?? (() => performance.now());
  let latest: LayoutWorkerRequest | undefined;
  let nextWarmup = 0;
  let running = false;
  let quietSince = now();
  let served = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  /** Runs one task in a fresh macrotask; a request that arrived meanwhile goes first. */
  const start = (): void => {
    running = true;
    setTimeout(() => {
      const task = latest ? runLatest : runWarmup;
      void task().finally(() => {
        running = false;
        schedule();
      });
    }, 0);
  };

  const runLatest = async (): Promise<void> => {
    const job = latest;
    latest = undefined;
    if (!job) return;
    try {
      host.post({ type: 'result', id: job.id, result: await host.layout(job.request) });
    } catch (error) {
      host.post({ type: 'error', id: job.id, message: errorMessage(error) });
    } finally {
      served = true;
      quietSince = now();
    }
  };

  const runWarmup = async (): Promise<void> => {
    const next = warmup[nextWarmup++];
    if (!next) return;
    try {
      await host.layout(next.request, next.tier);
    } catch {
      nextWarmup = warmup.length; // something is off: stop warming, real requests will report it
    }
  };

  function schedule(): void {
    if (running) return;
    if (idleTimer !== undefined) {
      clearTimeout(idleTimer);
      idleTimer = undefined;
    }
    if (latest) {
      start();
      return;
    }
    if (nextWarmup >= warmup.length) return;
    // The first step (ELK's one-time start-up) runs soon unless a real layout already did it.
    const wait = quietSince + (nextWarmup === 0 && !served ? startMs : idleMs) - now();
    if (wait > 0) {
      idleTimer = setTimeout(schedule, wait);
      return;
    }
    start();
  }

  schedule();
  return {
    receive(data) {
      if (!isLayoutRequest(data)) return;
      latest = data;
      schedule();
    },
  };
}
