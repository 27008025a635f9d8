/**
 * Edit operations: every canvas or inspector gesture as data. `applyEdit` turns one into a
 * minimal patch of the YAML text. Pure types, no behaviour.
 */
import type { LayoutDirection, XY } from '../types';

/** One replacement of the original text: `[start, end)` (UTF-16 offsets) becomes `text`. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * An edge entry, by its position in the `edges` list (`WorkflowEdge.index`,
 * `DrawnEdge.edgeIndex`). `from`/`to`, when given, guard against a stale reference: the edit is
 * refused if the entry at `index` no longer joins them.
 */
export interface EdgeRef {
  readonly index: number;
  readonly from?: string;
  readonly to?: string;
}

/** A node id with a canvas position (rounded to integers when written). */
export interface NodeMove {
  readonly id: string;
  readonly position: XY;
}

/** A value an inspector writes. `undefined`, `null`, `''` and `[]` remove the key. */
export type FieldValue = string | number | boolean | readonly string[] | null | undefined;

/** Node fields the inspector edits; `runtime.<key>` (dotted for deeper keys) sets a runtime key. */
export type NodeField =
  | 'name'
  | 'purpose'
  | 'description'
  | 'type'
  | 'subtype'
  | 'timeout_sec'
  | 'retry_policy.max_retries'
  | 'retry_policy.backoff_sec'
  | 'retry_policy.strategy'
  | 'inputs'
  | 'outputs'
  | `runtime.${string}`;

/** Edge fields the inspector edits. `condition` writes `when` or `condition` (see `edge.set`). */
export type EdgeField = 'mode' | 'condition' | 'label' | 'join_mode' | 'join_count';

/**
 * One edit of a workflow document.
 *
 * - `node.move`: pins nodes at positions in `x-layout.nodes` (created at the end if missing).
 * - `layout.reset`: "Auto layout": removes `x-layout.nodes` (and `x-layout` if it becomes empty).
 * - `layout.direction`: writes `x-layout.direction`. DOWN is the default, so DOWN on a document
 *   without `x-layout.direction` changes nothing; an existing key is set in place.
 * - `edge.add`: appends an edge (`mode` defaults to `sequential`) in the style of the others.
 * - `edge.reconnect`: changes an edge's `from` and/or `to`.
 * - `edge.remove`: removes edge entries (with the comment lines attached above them).
 * - `edge.set`: sets or removes one edge field.
 * - `node.remove`: removes nodes with their edges, `x-layout` entries and switch branches to them,
 *   plus any further `edges` listed (one gesture deleting a mixed selection).
 * - `node.duplicate`: copies nodes (fresh ids `<id>_copy`, `<id>_copy_2`, …) right after each
 *   original, with the edges among them; pinned copies are placed at the original + `offset`.
 * - `node.paste`: inserts the nodes (and edges among them) of a `copyNodes` fragment at the end.
 * - `node.add`: appends a node of a palette type with a fresh id `<type>_1`, `<type>_2`, ….
 * - `node.rename`: changes a node id and every reference to it.
 * - `node.set`: sets or removes one node field.
 */
export type EditOp =
  | { readonly type: 'node.move'; readonly moves: readonly NodeMove[] }
  | { readonly type: 'layout.reset' }
  | { readonly type: 'layout.direction'; readonly direction: LayoutDirection }
  | {
      readonly type: 'edge.add';
      readonly from: string;
      readonly to: string;
      readonly mode?: string;
    }
  | {
      readonly type: 'edge.reconnect';
      readonly edge: EdgeRef;
      readonly from?: string;
      readonly to?: string;
    }
  | { readonly type: 'edge.remove'; readonly edges: readonly EdgeRef[] }
  | {
      readonly type: 'edge.set';
      readonly edge: EdgeRef;
      readonly field: EdgeField;
      readonly value: FieldValue;
    }
  | {
      readonly type: 'node.remove';
      readonly ids: readonly string[];
      readonly edges?: readonly EdgeRef[];
    }
  | { readonly type: 'node.duplicate'; readonly ids: readonly string[]; readonly offset?: XY }
  | { readonly type: 'node.paste'; readonly yaml: string; readonly offset?: XY }
  | {
      readonly type: 'node.add';
      /** The node `type` to write (a palette entry). */
      readonly nodeType: string;
      /** The id to use; a fresh `<type>_<n>` when omitted. Refused if taken or invalid. */
      readonly id?: string;
      readonly name?: string;
      readonly position?: XY;
    }
  | { readonly type: 'node.rename'; readonly id: string; readonly newId: string }
  | {
      readonly type: 'node.set';
      readonly id: string;
      readonly field: NodeField;
      readonly value: FieldValue;
    };

/** The `type` tags of `EditOp`. */
export type EditOpType = EditOp['type'];

/**
 * The outcome of `applyEdit`: the new text and the minimal replacements that produce it (in
 * offsets of the original text, sorted, non-overlapping), or a message for the user.
 */
export type EditResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly changes: readonly TextChange[];
      /** Ids of nodes the edit created (add, duplicate, paste), in document order. */
      readonly newIds?: readonly string[];
    }
  | { readonly ok: false; readonly error: string };
