import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

// Monaco is fetched only when the editor is first shown; viewer and embed pages never load it.
const YamlEditor = lazy(() => import('@/editor/YamlEditor'));

const WIDTH_KEY = 'osop-canvas:editor-width';
const MIN = 260;

function savedWidth(): number {
  try {
    const w = Number(localStorage.getItem(WIDTH_KEY));
    return Number.isFinite(w) && w >= MIN ? w : 0;
  } catch {
    return 0;
  }
}

/** The YAML editor pane with a draggable (and keyboard-resizable) divider. */
export function EditorPane() {
  const [width, setWidth] = useState(() => savedWidth() || Math.round(window.innerWidth * 0.38));
  const drag = useRef<{ x: number; w: number } | null>(null);
  const clamp = useCallback((w: number) => Math.max(MIN, Math.min(window.innerWidth - 320, w)), []);
  useEffect(() => {
    try {
      localStorage.setItem(WIDTH_KEY, String(width));
    } catch {
      // Not remembering the width is harmless.
    }
  }, [width]);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, w: width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setWidth(clamp(drag.current.w + e.clientX - drag.current.x));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowLeft') setWidth((w) => clamp(w - 24));
    if (e.key === 'ArrowRight') setWidth((w) => clamp(w + 24));
  };
  return (
    <>
      <section className="osop-editor nokey" style={{ width }} aria-label="YAML editor" data-testid="editor-pane">
        <ErrorBoundary label="The editor">
          <Suspense fallback={<div className="osop-editor-loading">Loading editor…</div>}>
            <YamlEditor />
          </Suspense>
        </ErrorBoundary>
      </section>
      <div
        className="osop-divider"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize editor"
        aria-valuenow={width}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
