/**
 * Reads the `nodes` list into `WorkflowNode`s, reporting entries that cannot be nodes.
 * Keeps the first of several nodes with the same id. Internal; never throws.
 */
import { isSeq } from 'yaml';
import { deref, rangeOf, valueRange } from './context';
import type { Located, ReadContext } from './context';
import { readNodeFields } from './nodeFields';
import type { SourceRange, WorkflowNode } from './types';
import { idText, isRecord } from './values';

/** The nodes kept from a `nodes` list, and where each one is written. */
export interface NodesRead {
  readonly nodes: WorkflowNode[];
  /** Where each kept node's mapping is in the AST (for later diagnostics). */
  readonly located: ReadonlyMap<string, Located>;
}

/** Reads the node at list position `index`; undefined (with a diagnostic) if it is skipped. */
function readNode(
  ctx: ReadContext,
  js: unknown,
  ast: Located,
  index: number,
  seen: ReadonlySet<string>,
  fallback: SourceRange,
): WorkflowNode | undefined {
  const range = rangeOf(ctx, ast, fallback);
  if (!isRecord(js)) {
    ctx.sink.add(
      'INVALID_NODE',
      `Node ${index + 1} is not a mapping (expected \`- id: …\` with fields); it is skipped.`,
      range,
    );
    return undefined;
  }
  const map = deref(ctx, ast);
  const id = idText(js['id']);
  if (id === undefined) {
    const where = valueRange(ctx, map, 'id', range);
    ctx.sink.add('NODE_WITHOUT_ID', `Node ${index + 1} has no \`id\`; it is skipped.`, where);
    return undefined;
  }
  if (seen.has(id)) {
    const where = valueRange(ctx, map, 'id', range);
    ctx.sink.add(
      'DUPLICATE_NODE_ID',
      `Node id "${id}" is already used by an earlier node; this one is skipped.`,
      where,
    );
    return undefined;
  }
  const fields = readNodeFields(js, id);
  if (fields.typeKind === 'unknown') {
    const message =
      fields.type === ''
        ? `Node "${id}" has no \`type\`; it is drawn as a generic node.`
        : `Node type "${fields.type}" is not a known OSOP type; node "${id}" is drawn as a generic node.`;
    ctx.sink.add(
      'UNKNOWN_NODE_TYPE',
      message,
      valueRange(ctx, map, fields.type === '' ? 'id' : 'type', range),
    );
  }
  return { id, index, ...fields, raw: js, range };
}

/**
 * Reads the nodes of a `nodes` list. `js` is the list as plain JS, `ast` its YAML node.
 * The caller has checked that `js` is an array.
 */
export function readNodes(
  ctx: ReadContext,
  js: readonly unknown[],
  ast: Located,
  fallback: SourceRange,
): NodesRead {
  const seq = deref(ctx, ast);
  const items: readonly unknown[] = isSeq(seq) ? seq.items : [];
  const nodes: WorkflowNode[] = [];
  const located = new Map<string, Located>();
  const seen = new Set<string>();
  const listRange = rangeOf(ctx, ast, fallback);
  js.forEach((entry, index) => {
    const itemAst = items[index] as Located;
    const node = readNode(ctx, entry, itemAst, index, seen, listRange);
    if (node === undefined) return;
    seen.add(node.id);
    nodes.push(node);
    located.set(node.id, itemAst);
  });
  return { nodes, located };
}
