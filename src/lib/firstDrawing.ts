/**
 * The canvas's first drawing of a diagram, for start-up work that should wait until it is on
 * screen rather than compete with it for the CPU (on two cores, loading ELK in the layout
 * worker while the page draws delays the drawing by ~0.1 s).
 */
let reportDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => {
  reportDrawn = resolve;
});

/** Called by the canvas once it has drawn a diagram (any later call does nothing). */
export function reportFirstDrawing(): void {
  reportDrawn();
}

/**
 * Resolves once the first drawing has been painted and the page is idle after it, or after
 * `latestMs` at the latest (a page in a background tab paints nothing).
 */
export function afterFirstDrawing(latestMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, latestMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    void drawn.then(() =>
      requestAnimationFrame(() => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: 500 });
        else setTimeout(done, 0);
      }),
    );
  });
}
