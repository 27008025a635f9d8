import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { reportFirstDrawing } from '@/lib/firstDrawing';
import { markOnce } from '@/lib/perfMark';
import { layoutBounds } from '@/render/bounds';
import { nodeStyle } from '@/render/nodeStyle';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { ArrowMarkers } from './ArrowMarkers';
import { canvasEditable, FIT_PADDING, fitViewport, initialView, LARGE_GRAPH, MAX_ZOOM, MIN_ZOOM, sameViewport, type InitialView } from './initialView';
import { ElkEdge } from './edges/ElkEdge';
import { DETAIL_ZOOM, OsopNode } from './nodes/OsopNode';
import { OverviewLayer } from './OverviewLayer';
import { Palette } from './Palette';
import { SelectionStyle } from './SelectionStyle';
import { SimMarkers } from './SimMarkers';
import { toFlow, type Flow, type OsopFlowNode } from './toFlow';
import { useCanvasEdits } from './useCanvasEdits';

const nodeTypes: NodeTypes = { osop: OsopNode };
const edgeTypes: EdgeTypes = { elk: ElkEdge };
const EMPTY = { nodes: [], edges: [] };
const selectFar = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;

/** The workflow diagram: React Flow drawing what the store shows; gestures become YAML edits. */
export function Canvas() {
  const store = useAppStoreApi();
  const [initial] = useState(() => initialView(store.getState(), { width: window.innerWidth, height: window.innerHeight }));
  return (
    <ReactFlowProvider {...(initial ? { initialNodes: initial.flow.nodes, initialEdges: initial.flow.edges } : {})}>
      <FlowView initial={initial} />
    </ReactFlowProvider>
  );
}

function FlowView({ initial }: { readonly initial: InitialView | null }) {
  // The first frame already shows the diagram fitted: React Flow's viewport starts where the
  // fit will put it (`defaultViewport` below only reaches it once its pan/zoom has started,
  // after the first frame).
  const flowStore = useStoreApi();
  useState(() => {
    if (initial) flowStore.setState({ transform: [initial.viewport.x, initial.viewport.y, initial.viewport.zoom] });
  });
  const store = useAppStoreApi();
  const shown = useAppStore((s) => s.shown);
  const stale = useAppStore((s) => s.stale);
  const editable = useAppStore(canvasEditable);
  const theme = useAppStore((s) => s.theme);
  const docNonce = useAppStore((s) => s.docNonce);
  const zoomedOut = useStore(selectFar);
  const [fitted, setFitted] = useState<string | null>(null);
  const large = (shown?.graph.nodes.length ?? 0) > LARGE_GRAPH;
  // Fit to view whenever a document is opened, the direction changes or a side pane opens or
  // closes (not on edits). A provisional layout (drawn while ELK loads) is fitted, and so is
  // the final one after it. The simulation panel narrows the canvas like the editor does.
  const editorOpen = useAppStore((s) => s.editorOpen);
  const embed = useAppStore((s) => s.embed);
  const simOpen = useAppStore((s) => s.sim !== null);
  const fitKey = shown ? `${docNonce}:${shown.diagram.request.direction}:${editorOpen ? 'e' : ''}${simOpen ? 's' : ''}:${shown.provisional === true ? 'p' : 'f'}` : null;
  // Large graphs: React Flow draws only when zoomed in (and then only what is visible); zoomed
  // out, and until the first fit, the overview layer draws everything at once — and React
  // Flow's nodes are not even built.
  const overview = large && (zoomedOut || fitted !== fitKey);
  // The previous flow: unchanged nodes and edges keep their objects, so an edit re-renders only
  // what it changed (renaming one of 500 nodes redraws one card).
  const lastFlow = useRef<Flow | undefined>(initial?.flow);
  const base = useMemo(() => {
    const next = shown && !overview ? toFlow(shown, editable, lastFlow.current) : EMPTY;
    lastFlow.current = next === EMPTY ? undefined : next;
    return next;
  }, [shown, editable, overview]);
  const edits = useCanvasEdits(base, shown);
  const flow = edits.flow;
  const { fitBounds } = useReactFlow();
  useEffect(() => {
    if (!shown) return;
    markOnce('drawn');
    reportFirstDrawing();
  }, [shown]);
  // Nodes glide from the provisional to the final layout instead of jumping.
  const [settling, setSettling] = useState(false);
  const wasProvisional = useRef(false);
  useEffect(() => {
    const provisional = shown?.provisional === true;
    if (wasProvisional.current && !provisional) {
      setSettling(true);
      const t = setTimeout(() => setSettling(false), 450);
      wasProvisional.current = false;
      return () => clearTimeout(t);
    }
    wasProvisional.current = provisional;
    return undefined;
  }, [shown]);
  useEffect(() => {
    if (!shown || fitKey === null || fitted === fitKey) return;
    // Two frames: React Flow learns its new size (e.g. after the editor opened) from a
    // ResizeObserver, which runs after the first frame's layout.
    // When the view is already fitted (as the first frame draws it), nothing is moved: a
    // fitBounds in cold code costs ~60 ms right after the first drawing.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const bounds = layoutBounds(shown.layout);
        const { width, height, transform } = flowStore.getState();
        const target = fitViewport(bounds, { width, height });
        if (target && sameViewport(target, transform)) setFitted(fitKey);
        else void fitBounds(bounds, { padding: FIT_PADDING, duration: 0 }).then(() => setFitted(fitKey));
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [shown, fitKey, fitted, fitBounds, flowStore]);

  // Embedded views follow their frame: refit whenever the frame is resized. In the app, a
  // panel opening or closing keeps the diagram centred where it was instead of cutting it off.
  const frame = useRef<HTMLDivElement>(null);
  const { getViewport, setViewport } = useReactFlow();
  useEffect(() => {
    const el = frame.current;
    if (!el || !shown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let size = { w: el.clientWidth, h: el.clientHeight };
    const observer = new ResizeObserver(() => {
      const next = { w: el.clientWidth, h: el.clientHeight };
      const dw = next.w - size.w;
      const dh = next.h - size.h;
      size = next;
      if (embed) {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => void fitBounds(layoutBounds(shown.layout), { padding: FIT_PADDING, duration: 0 }), 60);
      } else if (dw !== 0 || dh !== 0) {
        const v = getViewport();
        void setViewport({ x: v.x + dw / 2, y: v.y + dh / 2, zoom: v.zoom });
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [embed, shown, fitBounds, getViewport, setViewport]);

  const drawn = overview ? EMPTY : flow;
  // The fit button fits the whole diagram, as a load does: React Flow's own fit only sees the
  // nodes it draws, and the overview of a large graph draws none through it.
  const onFitView = useCallback(() => {
    if (shown) void fitBounds(layoutBounds(shown.layout), { padding: FIT_PADDING, duration: 200 });
  }, [shown, fitBounds]);

  const onNodeClick = useCallback((_: unknown, node: OsopFlowNode) => store.getState().select({ kind: 'node', id: node.id, origin: 'canvas' }), [store]);
  const onEdgeClick = useCallback((_: unknown, edge: { id: string }) => store.getState().select({ kind: 'edge', id: edge.id, origin: 'canvas' }), [store]);
  const onPaneClick = useCallback(() => store.getState().select(null), [store]);

  return (
    <div ref={frame} className={`osop-canvas${stale ? ' osop-canvas--stale' : ''}${settling ? ' osop-canvas--settling' : ''}`} data-testid="canvas" onDragOver={edits.onDragOver} onDrop={edits.onDrop}>
      <ReactFlow
        nodes={drawn.nodes}
        edges={drawn.edges}
        onNodesChange={edits.onNodesChange}
        onNodeDragStop={edits.onNodeDragStop}
        onConnect={edits.onConnect}
        onReconnect={edits.onReconnect}
        nodesDraggable={editable}
        nodesConnectable={editable}
        edgesReconnectable={editable}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={theme}
        elementsSelectable={false}
        edgesFocusable={false}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={onPaneClick}
        panActivationKeyCode={null}
        deleteKeyCode={null}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        {...(initial ? { defaultViewport: initial.viewport } : {})}
        proOptions={{ hideAttribution: true }}
        onlyRenderVisibleElements={large}
      >
        {overview && shown && <OverviewLayer shown={shown} fitting={fitted !== fitKey} />}
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls showInteractive={false} position="bottom-left" onFitView={onFitView} />
        {!large && !embed && <MiniMap pannable zoomable position="bottom-right" nodeColor={miniMapColor} nodeStrokeWidth={0} ariaLabel="Minimap" />}
      </ReactFlow>
      <Palette />
      <SelectionStyle />
      <SimMarkers />
      <ArrowMarkers />
    </div>
  );
}

function miniMapColor(node: OsopFlowNode): string {
  return nodeStyle(node.data.node.type, node.data.node.typeKind).color;
}
