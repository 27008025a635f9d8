import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLayoutServer } from './layoutServer';
import type { LayoutRequest, LayoutResult, LayoutWorkerResponse } from './protocol';

const request = (key: string): LayoutRequest => ({ key, direction: 'DOWN', nodes: [], edges: [] });
const result = (key: string): LayoutResult => ({ key, nodes: {}, edges: {}, width: 0, height: 0, ms: 1 });

function setup(options: { warmupMs?: number } = {}) {
  const calls: string[] = [];
  const posted: LayoutWorkerResponse[] = [];
  const layout = vi.fn((req: LayoutRequest) => {
    calls.push(req.key);
    if (req.key === 'bad') return Promise.reject(new Error('boom'));
    return Promise.resolve(result(req.key));
  });
  // The warm-up takes `warmupMs` (of timers) and records when it starts and ends.
  const warmup = vi.fn(async () => {
    calls.push('warmup:start');
    await new Promise((resolve) => setTimeout(resolve, options.warmupMs ?? 0));
    calls.push('warmup:end');
  });
  const server = createLayoutServer({ layout, post: (m) => posted.push(m), warmup, startMs: 10 });
  return { server, calls, posted, warmup };
}

describe('createLayoutServer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs no warm-up unless asked', async () => {
    const { warmup } = setup();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(warmup).not.toHaveBeenCalled();
  });

  it('runs the single warm-up when asked, and nothing more while idle', async () => {
    const { server, calls, warmup } = setup();
    server.receive({ type: 'warmup' });
    await vi.advanceTimersByTimeAsync(5);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(6);
    expect(calls).toEqual(['warmup:start', 'warmup:end']);
    server.receive({ type: 'warmup' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(warmup).toHaveBeenCalledTimes(1);
  });

  it('skips the warm-up when a request arrives first', async () => {
    const { server, calls, warmup } = setup();
    server.receive({ type: 'warmup' });
    await vi.advanceTimersByTimeAsync(5);
    server.receive({ type: 'layout', id: 1, request: request('real') });
    server.receive({ type: 'warmup' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual(['real']);
    expect(warmup).not.toHaveBeenCalled();
  });

  it('does not make a request wait for a warm-up in progress', async () => {
    const { server, calls, posted } = setup({ warmupMs: 1000 });
    server.receive({ type: 'warmup' });
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toEqual(['warmup:start']);
    server.receive({ type: 'layout', id: 1, request: request('big') });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['warmup:start', 'big']);
    expect(posted).toEqual([{ type: 'result', id: 1, result: result('big') }]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['warmup:start', 'big', 'warmup:end']);
  });

  it('lays out only the newest of several queued requests', async () => {
    const { server, posted } = setup();
    server.receive({ type: 'layout', id: 1, request: request('a') });
    server.receive({ type: 'layout', id: 2, request: request('b') });
    server.receive({ type: 'layout', id: 3, request: request('c') });
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toEqual([{ type: 'result', id: 3, result: result('c') }]);
  });

  it('runs a request that arrives during another one right after it', async () => {
    const { server, posted } = setup();
    server.receive({ type: 'layout', id: 1, request: request('a') });
    await vi.advanceTimersByTimeAsync(0);
    server.receive({ type: 'layout', id: 2, request: request('b') });
    await vi.advanceTimersByTimeAsync(0);
    expect(posted.map((m) => m.id)).toEqual([1, 2]);
  });

  it('reports layout errors and ignores foreign messages', async () => {
    const { server, posted } = setup();
    server.receive({ cmd: 'layout' });
    server.receive(null);
    server.receive({ type: 'layout', id: 7, request: request('bad') });
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toEqual([{ type: 'error', id: 7, message: 'boom' }]);
  });

  it('ignores a failing warm-up', async () => {
    const posted: LayoutWorkerResponse[] = [];
    const server = createLayoutServer({
      layout: (req) => Promise.resolve(result(req.key)),
      post: (m) => posted.push(m),
      warmup: () => Promise.reject(new Error('no ELK')),
      startMs: 1,
    });
    server.receive({ type: 'warmup' });
    await vi.advanceTimersByTimeAsync(5);
    server.receive({ type: 'layout', id: 1, request: request('a') });
    await vi.advanceTimersByTimeAsync(0);
    expect(posted).toEqual([{ type: 'result', id: 1, result: result('a') }]);
  });
});
