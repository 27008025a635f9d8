import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.resetModules();
});

describe('afterFirstDrawing', () => {
  it('waits for the canvas’s first drawing, then its frame and an idle moment', async () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    const { afterFirstDrawing, reportFirstDrawing } = await import('./firstDrawing');
    let done = false;
    void afterFirstDrawing(5000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(frames).toHaveLength(0);
    reportFirstDrawing();
    await vi.advanceTimersByTimeAsync(0);
    expect(frames).toHaveLength(1);
    frames[0]?.();
    expect(idle).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    idle[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('gives up waiting after the latest time (nothing is painted in a background tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { afterFirstDrawing } = await import('./firstDrawing');
    let done = false;
    void afterFirstDrawing(1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
