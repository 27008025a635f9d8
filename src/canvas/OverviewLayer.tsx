import { ViewportPortal, useStore } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { layoutBounds } from '@/render/bounds';
import { useAppStoreApi } from '@/store/useAppStore';
import type { AppState } from '@/store/types';
import { fitViewport } from './initialView';
import { addOverviewTitle, applySimStates, buildOverview, TEXT_ZOOM, type OverviewBuild } from './overview';

type Shown = NonNullable<AppState['shown']>;

const selectReadable = (s: { transform: [number, number, number] }) => s.transform[2] >= TEXT_ZOOM;
const selectWidth = (s: { width: number }) => s.width;
const selectHeight = (s: { height: number }) => s.height;

/** A large workflow, zoomed out: one SVG with every node and edge (see overview.ts). */
export function OverviewLayer({ shown, fitting }: { readonly shown: Shown; readonly fitting: boolean }) {
  const store = useAppStoreApi();
  const build = useRef<OverviewBuild | null>(null);
  // The element itself, not a ref: React Flow's viewport portal (and so the SVG) may only appear
  // a render after the overview's first one (when the canvas mounts with a large graph already
  // laid out), and the overview must be built then too.
  const [target, setTarget] = useState<SVGSVGElement | null>(null);
  const [drawing, setDrawing] = useState(true);
  // Once per layout, not per render (it walks every node and route point).
  const bounds = useMemo(() => layoutBounds(shown.layout), [shown.layout]);
  // Text is drawn once it can be read, and hidden (not removed) when the view zooms out again.
  // Until the view is fitted to a new document, what counts is the zoom the fit will give.
  const readableNow = useStore(selectReadable);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const readableFitted = useMemo(() => (fitViewport(bounds, { width, height })?.zoom ?? 0) >= TEXT_ZOOM, [bounds, width, height]);
  const readable = fitting ? readableFitted : readableNow;
  const readableRef = useRef(readable);
  useLayoutEffect(() => {
    readableRef.current = readable;
  });
  useLayoutEffect(() => {
    if (!target) return;
    setDrawing(true);
    const simNow = () => store.getState().sim?.shown ?? null;
    const current = buildOverview(target, shown, { text: readableRef.current }, () => {
      setDrawing(false);
      applySimStates(target, shown, simNow());
    });
    build.current = current;
    // Simulation states change attributes in place, without rebuilding the overview.
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.sim?.shown !== prev.sim?.shown) applySimStates(target, shown, simNow());
    });
    return () => {
      current.stop();
      unsubscribe();
    };
  }, [shown, store, target]);
  useEffect(() => {
    if (readable) build.current?.addText();
  }, [readable, shown, target]);
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const t = e.target instanceof Element ? e.target : null;
    const node = t?.closest('[data-node-id]')?.getAttribute('data-node-id');
    const edge = t?.closest('[data-edge-id],[data-edge-label]');
    const edgeId = edge?.getAttribute('data-edge-id') ?? edge?.getAttribute('data-edge-label');
    if (node != null) store.getState().select({ kind: 'node', id: node, origin: 'canvas' });
    else if (edgeId != null) store.getState().select({ kind: 'edge', id: edgeId, origin: 'canvas' });
  };
  const onPointerOver = (e: PointerEvent<SVGSVGElement>) => {
    if (e.target instanceof Element) addOverviewTitle(shown, e.target);
  };
  const pad = 40;
  return (
    <ViewportPortal>
      <svg
        ref={setTarget}
        className="osop-overview"
        data-drawing={drawing ? 'true' : 'false'}
        data-text={readable ? 'shown' : 'hidden'}
        width={bounds.width + 2 * pad}
        height={bounds.height + 2 * pad}
        viewBox={`${bounds.x - pad} ${bounds.y - pad} ${bounds.width + 2 * pad} ${bounds.height + 2 * pad}`}
        style={{ position: 'absolute', left: bounds.x - pad, top: bounds.y - pad, overflow: 'visible' }}
        onClick={onClick}
        onPointerOver={onPointerOver}
      />
    </ViewportPortal>
  );
}
