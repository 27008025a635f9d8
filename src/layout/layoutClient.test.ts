import { describe, expect, it, vi } from 'vitest';
import { createLayoutClient, isStaleLayoutError, type LayoutWorkerLike } from './layoutClient';
import type { LayoutRequest, LayoutResult, LayoutWorkerRequest, LayoutWorkerResponse } from './protocol';

const request = (key: string): LayoutRequest => ({ key, direction: 'DOWN', nodes: [], edges: [] });
const result = (key: string, ms = 7): LayoutResult => ({ key, nodes: {}, edges: {}, width: 1, height: 2, ms });

/** A worker whose replies the test sends by hand. */
class FakeWorker implements LayoutWorkerLike {
  onmessage: ((event: MessageEvent<LayoutWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly posted: LayoutWorkerRequest[] = [];
  terminated = false;
  postMessage(message: LayoutWorkerRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: LayoutWorkerResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<LayoutWorkerResponse>);
  }
  answer(index: number): void {
    const job = this.posted[index];
    if (job) this.reply({ type: 'result', id: job.id, result: result(job.request.key) });
  }
  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

function setup() {
  const worker = new FakeWorker();
  const inThread = vi.fn((req: LayoutRequest) => Promise.resolve(result(req.key, 3)));
  const client = createLayoutClient({ createWorker: () => worker, inThread });
  return { worker, inThread, client };
}

describe('createLayoutClient', () => {
  it('takes an adopted layout: requests made meanwhile wait for it, and the one with its key never reaches the worker', async () => {
    const { worker, client } = setup();
    let arrive: (layout: LayoutResult | null) => void = () => undefined;
    client.adopt(new Promise((resolve) => (arrive = resolve)));
    const pending = client.layout(request('a'));
    await Promise.resolve();
    expect(worker.posted).toEqual([]);
    arrive(result('a', 250));
    await expect(pending).resolves.toEqual(result('a', 0));
    expect(worker.posted).toEqual([]);
    // Other keys, and requests after it arrived, go to the worker as usual.
    const other = client.layout(request('b'));
    expect(worker.posted.map((p) => p.request.key)).toEqual(['b']);
    worker.answer(0);
    await expect(other).resolves.toEqual(result('b'));
  });

  it('asks the worker when an adopted layout does not come or is for another graph', async () => {
    const { worker, client } = setup();
    client.adopt(Promise.resolve(null));
    const none = client.layout(request('a'));
    await vi.waitFor(() => expect(worker.posted.map((p) => p.request.key)).toEqual(['a']));
    worker.answer(0);
    await expect(none).resolves.toEqual(result('a'));
    client.adopt(Promise.resolve(result('x')));
    const mismatch = client.layout(request('c'));
    await vi.waitFor(() => expect(worker.posted.map((p) => p.request.key)).toEqual(['a', 'c']));
    worker.answer(1);
    await expect(mismatch).resolves.toEqual(result('c'));
    client.adopt(Promise.reject(new Error('worker died')));
    const failed = client.layout(request('d'));
    await vi.waitFor(() => expect(worker.posted.map((p) => p.request.key)).toEqual(['a', 'c', 'd']));
    worker.answer(2);
    await expect(failed).resolves.toEqual(result('d'));
  });

  it('hands a provisional result to every listener, then resolves with the final one', async () => {
    const { worker, client } = setup();
    const first = vi.fn();
    const second = vi.fn();
    const pending = client.layout(request('a'), first);
    void client.layout(request('a'), second); // same key: shares the job
    worker.reply({ type: 'provisional', id: 1, result: result('a', 1) });
    expect(first).toHaveBeenCalledWith(result('a', 1));
    expect(second).toHaveBeenCalledWith(result('a', 1));
    worker.answer(0);
    await expect(pending).resolves.toEqual(result('a'));
  });

  it('posts requests to the worker and resolves with its result', async () => {
    const { worker, client, inThread } = setup();
    const pending = client.layout(request('a'));
    expect(worker.posted).toEqual([{ type: 'layout', id: 1, request: request('a') }]);
    worker.answer(0);
    await expect(pending).resolves.toEqual(result('a'));
    expect(inThread).not.toHaveBeenCalled();
  });

  it('rejects a superseded request with StaleLayoutError and ignores its late reply', async () => {
    const { worker, client } = setup();
    const first = client.layout(request('a'));
    const second = client.layout(request('b'));
    const error: unknown = await first.catch((e: unknown) => e);
    expect(isStaleLayoutError(error)).toBe(true);
    worker.answer(0); // stale reply: dropped
    worker.answer(1);
    await expect(second).resolves.toEqual(result('b'));
  });

  it('shares the promise of an identical key in flight', () => {
    const { worker, client } = setup();
    const a = client.layout(request('a'));
    expect(client.layout(request('a'))).toBe(a);
    expect(worker.posted).toHaveLength(1);
  });

  it('answers a cached key at once with ms 0, without the worker', async () => {
    const { worker, client } = setup();
    const first = client.layout(request('a'));
    worker.answer(0);
    await first;
    await expect(client.layout(request('a'))).resolves.toEqual(result('a', 0));
    expect(worker.posted).toHaveLength(1);
  });

  it('evicts the least recently used result', async () => {
    const worker = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => worker, cacheSize: 2 });
    for (const key of ['a', 'b', 'c']) {
      const p = client.layout(request(key));
      worker.answer(worker.posted.length - 1);
      await p;
    }
    await client.layout(request('c'));
    expect(worker.posted).toHaveLength(3);
    void client.layout(request('a')).catch(() => undefined);
    expect(worker.posted).toHaveLength(4);
  });

  it('rejects with the worker’s error message', async () => {
    const { worker, client } = setup();
    const pending = client.layout(request('a'));
    worker.reply({ type: 'error', id: 1, message: 'ELK said no' });
    await expect(pending).rejects.toThrow('ELK said no');
  });

  it('falls back to in-thread layout for good when the worker fails', async () => {
    const { worker, client, inThread } = setup();
    const pending = client.layout(request('a'));
    worker.fail();
    expect(worker.terminated).toBe(true);
    await expect(pending).resolves.toEqual(result('a', 3));
    await expect(client.layout(request('b'))).resolves.toEqual(result('b', 3));
    expect(inThread).toHaveBeenCalledTimes(2);
    expect(worker.posted).toHaveLength(1);
  });

  it('lays out in-thread a request the worker cannot take', async () => {
    const { worker, client, inThread } = setup();
    worker.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    await expect(client.layout(request('a'))).resolves.toEqual(result('a', 3));
    expect(inThread).toHaveBeenCalledTimes(1);
  });

  it('goes in-thread when no worker can be created', async () => {
    const inThread = vi.fn((req: LayoutRequest) => Promise.resolve(result(req.key, 3)));
    const client = createLayoutClient({
      createWorker: () => {
        throw new Error('no workers here');
      },
      inThread,
    });
    await expect(client.layout(request('a'))).resolves.toEqual(result('a', 3));
  });

  it('uses real in-thread ELK by default where Worker is missing (Node)', async () => {
    const client = createLayoutClient();
    const laidOut = await client.layout({
      key: 'real',
      direction: 'DOWN',
      nodes: [
        { id: 'a', width: 100, height: 40 },
        { id: 'b', width: 100, height: 40 },
      ],
      edges: [{ id: 'a->b', from: 'a', to: 'b' }],
    });
    expect(laidOut.nodes.b?.y).toBeGreaterThan(laidOut.nodes.a?.y ?? Infinity);
  });

  it('terminate() stops the worker and rejects pending and later calls', async () => {
    const { worker, client } = setup();
    const pending = client.layout(request('a'));
    client.terminate();
    expect(worker.terminated).toBe(true);
    await expect(pending).rejects.toThrow('terminated');
    await expect(client.layout(request('b'))).rejects.toThrow('terminated');
  });
});
