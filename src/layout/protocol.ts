/**
 * The layout module's data contract: what callers send, what they get back, and the messages
 * exchanged with the layout worker. Plain, structured-clone-safe data only.
 */
import type { LayoutDirection, XY } from '@/model/types';

export type { LayoutDirection, XY };

/** A node to place. `width`/`height` are its rendered size in px. */
export interface LayoutNodeInput {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Top-left position the user pinned (from `x-layout.nodes`); overrides ELK's placement. */
  readonly pinned?: XY;
}

/** The rendered size of an edge's label (text as shown, box in px). */
export interface LayoutLabelInput {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** An edge to route. Self-loops and several edges between the same pair are allowed. */
export interface LayoutEdgeInput {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly label?: LayoutLabelInput;
}

/**
 * One layout job. `key` identifies the topology + sizes (+ pins): equal keys must mean equal
 * requests, because results are cached by key.
 */
export interface LayoutRequest {
  readonly key: string;
  readonly direction: LayoutDirection;
  readonly nodes: readonly LayoutNodeInput[];
  readonly edges: readonly LayoutEdgeInput[];
}

/** A placed node. `x`,`y` are the absolute top-left corner. */
export interface LaidOutNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An axis-aligned box; `x`,`y` are the absolute top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A routed edge. `points` is an absolute orthogonal polyline from a point on the source node's
 * border to a point on the target node's border (at least 2 points). `label` is the label's box.
 * `from`/`to` are carried so that pins can be applied to a result without its request (edges
 * without them keep their route when a node moves).
 */
export interface LaidOutEdge {
  readonly id: string;
  /** Source node id (as in the request); always set by this module, needed by `applyPins`. */
  readonly from?: string;
  /** Target node id (as in the request); always set by this module, needed by `applyPins`. */
  readonly to?: string;
  readonly points: readonly XY[];
  readonly label?: Box;
}

/**
 * Positions for every node and edge of a request. `width`/`height` are the extent of the drawing
 * measured from the origin (0,0) (pinned nodes may sit at negative coordinates; they are not
 * included in the extent). `ms` is the time the layout took (0 for a cache hit).
 */
export interface LayoutResult {
  readonly key: string;
  readonly nodes: Record<string, LaidOutNode>;
  readonly edges: Record<string, LaidOutEdge>;
  readonly width: number;
  readonly height: number;
  readonly ms: number;
}

/** Main thread → layout worker. `id` is unique per client and echoed in the response. */
export interface LayoutWorkerRequest {
  readonly type: 'layout';
  readonly id: number;
  readonly request: LayoutRequest;
}

/**
 * Main thread → layout worker: warm up the fast layout's code now (a large document is being
 * parsed, and its layout will follow). Ignored once a request has come.
 */
export interface LayoutWorkerWarmup {
  readonly type: 'warmup';
}

/** Layout worker → main thread: a result or an error message for request `id`. */
export type LayoutWorkerResponse =
  | { readonly type: 'result'; readonly id: number; readonly result: LayoutResult }
  /** A quick first answer (the fast layout) while ELK is still loading; the `result` follows. */
  | { readonly type: 'provisional'; readonly id: number; readonly result: LayoutResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
