import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SizeTier } from './elkOptions';
import { createLayoutServer } from './layoutServer';
import type { LayoutRequest, LayoutResult, LayoutWorkerResponse } from './protocol';
import type { WarmupStep } from './warmup';

const request = (key: string): LayoutRequest => ({ key, direction: 'DOWN', nodes: [], edges: [] });
const result = (key: string): LayoutResult => ({ key, nodes: {}, edges: {}, width: 0, height: 0, ms: 1 });
const warmup: WarmupStep[] = [
  { request: request('w0'), tier: 'small' },
  { request: request('w1'), tier: 'large' },
  { request: request('w2'), tier: 'large' },
];

function setup(steps: readonly WarmupStep[] = warmup) {
  const calls: string[] = [];
  const posted: LayoutWorkerResponse[] = [];
  let clock = 0;
  const layout = vi.fn((req: LayoutRequest, tier?: SizeTier) => {
    calls.push(`${req.key}${tier ? `:${tier}` : ''}`);
    if (req.key === 'bad') return Promise.reject(new Error('boom'));
    return Promise.resolve(result(req.key));
  });
  const server = createLayoutServer({
    layout,
    post: (m) => posted.push(m),
    warmup: steps,
    startMs: 10,
    idleMs: 100,
    now: () => clock,
  });
  const advance = async (ms: number) => {
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };
  return { server, calls, posted, advance };
}

describe('createLayoutServer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first warm-up step soon and the others after quiet time', async () => {
    const { calls, advance } = setup();
    await advance(5);
    expect(calls).toEqual([]);
    await advance(6);
    expect(calls).toEqual(['w0:small']);
    await advance(50);
    expect(calls).toEqual(['w0:small']);
    await advance(50);
    expect(calls).toEqual(['w0:small', 'w1:large', 'w2:large']);
  });

  it('lets a request that arrives before the first warm-up step go first', async () => {
    const { server, calls, advance } = setup();
    await advance(5);
    server.receive({ type: 'layout', id: 1, request: request('real') });
    await advance(0);
    expect(calls).toEqual(['real']);
  });

  it('answers a request before any further warm-up and delays warm-up after it', async () => {
    const { server, calls, posted, advance } = setup();
    server.receive({ type: 'layout', id: 1, request: request('real') });
    await advance(0);
    expect(calls).toEqual(['real']);
    expect(posted).toEqual([{ type: 'result', id: 1, result: result('real') }]);
    await advance(99);
    expect(calls).toEqual(['real']);
    await advance(2);
    expect(calls.slice(0, 2)).toEqual(['real', 'w0:small']);
  });

  it('lays out only the newest of several queued requests', async () => {
    const { server, posted, advance } = setup([]);
    server.receive({ type: 'layout', id: 1, request: request('a') });
    server.receive({ type: 'layout', id: 2, request: request('b') });
    server.receive({ type: 'layout', id: 3, request: request('c') });
    await advance(0);
    expect(posted).toEqual([{ type: 'result', id: 3, result: result('c') }]);
  });

  it('reports layout errors and ignores foreign messages', async () => {
    const { server, posted, advance } = setup([]);
    server.receive({ cmd: 'layout' });
    server.receive(null);
    server.receive({ type: 'layout', id: 7, request: request('bad') });
    await advance(0);
    expect(posted).toEqual([{ type: 'error', id: 7, message: 'boom' }]);
  });
});
