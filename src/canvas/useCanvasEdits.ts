/**
 * Canvas gestures → edit operations on the YAML (through the store's `applyEdit`): dragging a
 * node pins it in `x-layout.nodes` (one edit per drag, at the drop), connecting two handles adds
 * an edge, dragging an edge end reconnects it, dropping a palette entry adds a node there.
 * While a node is dragged only it and its edges are re-drawn (see withDraggedNode); after the
 * drop it stays drawn where it was dropped until the canvas shows the new text (see dropOverride).
 */
import { useReactFlow, type Connection, type NodeChange, type OnReconnect } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { XY } from '@/model/types';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { dropSettled, type PendingDrop } from './dropOverride';
import { PALETTE_MIME } from './palette';
import { withDraggedNode, type Flow, type OsopFlowEdge, type OsopFlowNode, type Shown } from './toFlow';

export interface CanvasEdits {
  readonly flow: Flow;
  readonly onNodesChange: (changes: NodeChange<OsopFlowNode>[]) => void;
  readonly onNodeDragStop: (event: unknown, node: OsopFlowNode) => void;
  readonly onConnect: (connection: Connection) => void;
  readonly onReconnect: OnReconnect<OsopFlowEdge>;
  readonly onDragOver: (event: DragEvent) => void;
  readonly onDrop: (event: DragEvent) => void;
}

export function useCanvasEdits(flow: Flow, shown: Shown | null): CanvasEdits {
  const store = useAppStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  // `dropped`: the drop's edit was applied; the override lasts until the store shows its text.
  const [drag, setDrag] = useState<{ id: string; position: XY; dropped?: PendingDrop } | null>(null);
  const dropped = drag?.dropped;
  const settled = useAppStore((s) => dropped !== undefined && dropSettled(dropped, s));
  const active = settled ? null : drag;
  useEffect(() => {
    if (settled) setDrag((d) => (d?.dropped === dropped ? null : d));
  }, [settled, dropped]);

  const patched = useMemo(() => (active && shown ? withDraggedNode(flow, shown, active.id, active.position) : flow), [flow, shown, active]);

  const onNodesChange = useCallback((changes: NodeChange<OsopFlowNode>[]) => {
    for (const change of changes) {
      if (change.type === 'position' && change.dragging === true && change.position) {
        const position = change.position;
        setDrag({ id: change.id, position });
      }
    }
  }, []);

  const onNodeDragStop = useCallback(
    (_: unknown, node: OsopFlowNode) => {
      const position = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
      const applied = store.getState().applyEdit({ type: 'node.move', moves: [{ id: node.id, position }] });
      // Refused: the node goes back at once. Applied: it stays where it was dropped until the
      // new position is drawn (large documents are parsed off the main thread meanwhile).
      setDrag(applied ? { id: node.id, position, dropped: { id: node.id, text: store.getState().text } } : null);
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source === c.target && c.source === '') return;
      store.getState().applyEdit({ type: 'edge.add', from: c.source, to: c.target });
    },
    [store],
  );

  const onReconnect = useCallback<OnReconnect<OsopFlowEdge>>(
    (old, c) => {
      const drawn = old.data?.drawn;
      if (!drawn) return;
      store.getState().applyEdit({
        type: 'edge.reconnect',
        edge: { index: drawn.edgeIndex, from: drawn.from, to: drawn.to },
        ...(c.source !== drawn.from ? { from: c.source } : {}),
        ...(c.target !== drawn.to ? { to: c.target } : {}),
      });
    },
    [store],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const nodeType = e.dataTransfer.getData(PALETTE_MIME);
      if (nodeType === '') return;
      e.preventDefault();
      e.stopPropagation();
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      store.getState().applyEdit({ type: 'node.add', nodeType, position: { x: Math.round(p.x), y: Math.round(p.y) } });
    },
    [store, screenToFlowPosition],
  );

  return { flow: patched, onNodesChange, onNodeDragStop, onConnect, onReconnect, onDragOver, onDrop };
}
