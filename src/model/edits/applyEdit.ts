/**
 * `applyEdit`: one edit operation → a minimal patch of the YAML text. The text is parsed with
 * `yaml` only to find where things are; the edit splices text at those ranges, so every byte
 * it does not need to touch (comments, blank lines, quoting, key order, flow/block style) stays.
 * Never `String(doc)`: yaml's own round trip is not byte-identical.
 */
import { assertNever } from '../../lib/assert';
import { ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import { applyChanges, ChangeSet } from './changes';
import { duplicateNodes, pasteNodes } from './copy';
import { addEdge, reconnectEdge, removeEdges, setEdgeField } from './edgeOps';
import { moveNodes, resetLayout, setDirection } from './layoutOps';
import { addNode } from './nodeAdd';
import { removeNodes, renameNode } from './nodeOps';
import { setNodeField } from './nodeSet';
import { openSource } from './source';
import type { EditOp, EditResult } from './types';
import { readWorkflow } from './workflow';
import type { Workflow } from './workflow';

type Outcome = Result<readonly string[] | undefined, string>;

const done = (): Outcome => ok(undefined);

function run(wf: Workflow, cs: ChangeSet, op: EditOp): Outcome {
  switch (op.type) {
    case 'node.move':
      return moveNodes(wf, cs, op.moves);
    case 'layout.reset':
      resetLayout(wf, cs);
      return done();
    case 'layout.direction':
      setDirection(wf, cs, op.direction);
      return done();
    case 'edge.add':
      return addEdge(wf, cs, op.from, op.to, op.mode);
    case 'edge.reconnect':
      return reconnectEdge(wf, cs, op.edge, op.from, op.to);
    case 'edge.remove':
      return removeEdges(wf, cs, op.edges);
    case 'edge.set':
      return setEdgeField(wf, cs, op.edge, op.field, op.value);
    case 'node.remove':
      return removeNodes(wf, cs, op.ids, op.edges ?? []);
    case 'node.duplicate':
      return duplicateNodes(wf, cs, op.ids, op.offset);
    case 'node.paste':
      return pasteNodes(wf, cs, op.yaml, op.offset);
    case 'node.add': {
      const added = addNode(wf, cs, op);
      return added.ok ? ok([added.value]) : added;
    }
    case 'node.rename':
      return renameNode(wf, cs, op.id, op.newId);
    case 'node.set':
      return setNodeField(wf, cs, op.id, op.field, op.value);
    default:
      return assertNever(op);
  }
}

/**
 * Applies one edit to workflow YAML text. Pure and never throws.
 *
 * On success returns the new text and `changes`: the replacements that turn the old text into
 * the new one, in offsets of the OLD text, sorted and non-overlapping (touching ones merged) —
 * hand them to Monaco's `executeEdits` so cursor, folds and scroll stay. Every line outside the
 * changes is byte-identical. `newIds` lists the ids of created nodes. An edit that changes
 * nothing (e.g. "Auto layout" without pins) succeeds with no changes.
 *
 * Refuses with a message when the text has YAML errors or is not a workflow mapping, when the
 * target node or edge is gone, or when a value is invalid (e.g. a rename to a taken id).
 *
 * @example
 * const r = applyEdit(text, { type: 'node.move', moves: [{ id: 'canary_10', position: { x: 240, y: 180 } }] });
 * if (r.ok) editor.executeEdits('canvas', r.changes.map(toMonacoEdit));
 */
export function applyEdit(text: string, op: EditOp): EditResult {
  try {
    const opened = openSource(text);
    if (!opened.ok) return { ok: false, error: opened.error };
    const cs = new ChangeSet(text);
    const outcome = run(readWorkflow(opened.value), cs, op);
    if (!outcome.ok) return { ok: false, error: outcome.error };
    const changes = cs.finish();
    const next = applyChanges(text, changes);
    return outcome.value === undefined
      ? { ok: true, text: next, changes }
      : { ok: true, text: next, changes, newIds: outcome.value };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The edit could not be applied (${detail}).` };
  }
}
