/**
 * The fast path of `node.set` on large documents: the edit is made on the node's own lines
 * only, and the new parse result is predicted from the old one, so an inspector edit (renaming
 * a label, changing a timeout, …) of a 500-node workflow neither re-reads the whole YAML nor
 * waits for the parse worker.
 *
 * How: the node's list item is cut out as a one-node document (`nodes:` + its lines), the
 * ordinary edit code (`setNodeField`) runs on that, and the changes are moved back to the
 * node's place in the full text. The node is re-read by the model from the edited one-node
 * document; every other range of the old result is shifted past the change. Anything the cut
 * could get wrong is refused (`undefined`: use `applyEdit`): flow lists, anchors and aliases,
 * YAML errors, a changed `type` or I/O list, removals, edits that depend on the document's
 * indentation style, diagnostics of the node that change. Tests check the prediction against a
 * full parse on every corpus file. Pure; never throws.
 */
import { isAlias, isCollection, isScalar, visit } from 'yaml';
import type { LineCounter, Node } from 'yaml';
import { isReadFailure } from '../diagnostics';
import { parseWorkflow } from '../parse';
import { lineCounterFor, makeRange } from '../sourceMap';
import type { Diagnostic, ParseResult, SourceRange, WorkflowEdge, WorkflowNode } from '../types';
import { applyChanges, ChangeSet } from './changes';
import { lineBreakOf } from './lines';
import { setNodeField } from './nodeSet';
import { openSource } from './source';
import type { Source } from './source';
import type { EditOp, FieldValue, NodeField, TextChange } from './types';
import { readWorkflow } from './workflow';

/** A `node.set` made locally: the new text, its changes and the predicted parse of the text. */
export interface LocalEdit {
  readonly text: string;
  readonly changes: readonly TextChange[];
  readonly parse: ParseResult;
}

/** Fields whose edit cannot change anything outside the node's card (`type` changes diagnostics). */
const LOCAL_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'purpose',
  'description',
  'subtype',
  'timeout_sec',
  'retry_policy.max_retries',
  'retry_policy.backoff_sec',
  'retry_policy.strategy',
]);

const isLocalField = (field: NodeField): boolean => LOCAL_FIELDS.has(field) || field.startsWith('runtime.');

/** A value that is written (not a removal), on one line. */
function isWrittenValue(value: FieldValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  return typeof value === 'string' && value.trim() !== '' && !/[\r\n]/.test(value);
}

/** True when the document has an anchor or an alias anywhere (a cut could break either). */
function hasAnchorsOrAliases(root: Node): boolean {
  let found = false;
  visit(root, (_key, node) => {
    if (isAlias(node) || ((isScalar(node) || isCollection(node)) && node.anchor !== undefined)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** The changes `setNodeField` makes in `src`, or undefined if it refuses. */
function editIn(src: Source, id: string, field: NodeField, value: FieldValue): TextChange[] | undefined {
  const wf = readWorkflow(src);
  if (wf.ids.size !== 1 || !wf.byId.has(id)) return undefined;
  const cs = new ChangeSet(src.text);
  const done = setNodeField(wf, cs, id, field, value);
  return done.ok ? cs.finish() : undefined;
}

/** Maps an offset of the old text to the new text (`changes` sorted, in old offsets). */
function mapOffset(changes: readonly TextChange[], at: number): number {
  let shift = 0;
  for (const c of changes) {
    if (at <= c.start) break;
    if (at < c.end) return c.start + shift + Math.min(at - c.start, c.text.length);
    shift += c.text.length - (c.end - c.start);
  }
  return at + shift;
}

type RangeMapper = (range: SourceRange) => SourceRange;

/**
 * Moves ranges past the changes. Text before the first change is unchanged, so a range that
 * ends there keeps its object; the others get offsets, lines and columns in the new text.
 */
function rangeMapper(changes: readonly TextChange[], lc: LineCounter): RangeMapper {
  const first = changes[0]?.start ?? Infinity;
  return (range) => {
    if (range.end <= first) return range;
    return makeRange(lc, mapOffset(changes, range.start), mapOffset(changes, range.end));
  };
}

const diagnosticKey = (list: readonly Diagnostic[]): string => JSON.stringify(list.map((d) => [d.code, d.severity, d.message]));
const sameDiagnostics = (a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean => diagnosticKey(a) === diagnosticKey(b);

const within = (r: SourceRange, outer: SourceRange): boolean => r.start >= outer.start && r.end <= outer.end;

/** A `node.set` edit. */
export type NodeSetOp = Extract<EditOp, { type: 'node.set' }>;

/**
 * `node.set` on the node's own lines, with the parse result of the new text predicted from
 * `parse` (which must be the parse of `text`). Undefined when the fast path does not apply;
 * the caller then uses `applyEdit`, which handles every case.
 */
export function applyNodeSetLocally(text: string, parse: ParseResult, op: NodeSetOp): LocalEdit | undefined {
  try {
    return localNodeSet(text, parse, op);
  } catch {
    return undefined;
  }
}

function localNodeSet(text: string, parse: ParseResult, { id, field, value }: NodeSetOp): LocalEdit | undefined {
  const graph = parse.graph;
  if (graph === null || !isLocalField(field) || !isWrittenValue(value)) return undefined;
  if (parse.diagnostics.some(isReadFailure)) return undefined;
  const node = graph.nodes.find((n) => n.id === id);
  if (node === undefined) return undefined;

  // The node's lines, as a one-node document. Its item must be a block list entry `- key: …`.
  const lineStart = text.lastIndexOf('\n', node.range.start - 1) + 1;
  if (!/^ *- +$/.test(text.slice(lineStart, node.range.start))) return undefined;
  const lineEnd = text.indexOf('\n', node.range.end);
  const cut = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd + 1);
  const eol = lineBreakOf(text);
  const head = `nodes:${eol}`;
  const one = head + cut;
  const base = lineStart - head.length;

  const opened = openSource(one);
  if (!opened.ok || hasAnchorsOrAliases(opened.value.root)) return undefined;
  const src: Source = { ...opened.value, style: { ...opened.value.style, eol } };
  const changes = editIn(src, id, field, value);
  if (changes === undefined || changes.length === 0) return undefined;
  // The edit must not depend on the document's indentation style (which the cut cannot see).
  const { unit, seqIndent, keyOffset } = src.style;
  const other = editIn({ ...src, style: { ...src.style, unit: unit + 2, seqIndent: seqIndent + 2, keyOffset: keyOffset + 2 } }, id, field, value);
  if (other === undefined || JSON.stringify(other) !== JSON.stringify(changes)) return undefined;
  const nodeStartInOne = node.range.start - base;
  if (changes.some((c) => c.start < nodeStartInOne)) return undefined;

  // Re-read the node from the edited one-node document.
  const editedOne = applyChanges(one, changes);
  const reread = parseWorkflow(editedOne);
  const fresh = reread.graph?.nodes[0];
  if (reread.graph?.nodes.length !== 1 || fresh === undefined || fresh.id !== id) return undefined;
  if (reread.diagnostics.some((d) => d.code === 'YAML_SYNTAX' || d.code === 'DUPLICATE_NODE_ID')) return undefined;
  // The node's own diagnostics (unknown type, repeated keys) must be what they were.
  const ownBefore = parse.diagnostics.filter((d) => within(d.range, node.range));
  const ownAfter = reread.diagnostics.filter((d) => within(d.range, fresh.range));
  if (!sameDiagnostics(ownBefore, ownAfter)) return undefined;

  const moved = changes.map((c) => ({ start: c.start + base, end: c.end + base, text: c.text }));
  const newText = applyChanges(text, moved);
  const lc = lineCounterFor(newText);
  const edited: WorkflowNode = {
    ...fresh,
    index: node.index,
    range: makeRange(lc, fresh.range.start + base, fresh.range.end + base),
  };
  const move = rangeMapper(moved, lc);
  const nodes = graph.nodes.map((n) => (n === node ? edited : withRange(n, move)));
  const edges = graph.edges.map((e) => withRange(e, move));
  const diagnostics = parse.diagnostics.map((d) => withRange(d, move));
  return { text: newText, changes: moved, parse: { graph: { ...graph, nodes, edges }, diagnostics } };
}

/** `item` with its range moved; the same object when the range did not change. */
function withRange<T extends WorkflowNode | WorkflowEdge | Diagnostic>(item: T, move: RangeMapper): T {
  const range = move(item.range);
  return range === item.range ? item : { ...item, range };
}
