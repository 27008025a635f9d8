/**
 * Adds entries to the top-level `nodes` or `edges` list whatever shape it has: a block or flow
 * list, `[]`, an empty key, or no key at all (created after `nodes` / before `edges` in the
 * style of the document). Internal to `edits/`; pure.
 */
import { isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import { findPair, isEmptyNode, spanOf } from './ast';
import type { ChangeSet } from './changes';
import { insertItems, listLayout } from './collections';
import { colonEnd, contentEnd, insertLines, keyColumn, pairExtent } from './spans';
import { renderKey } from './newValues';
import type { Workflow } from './workflow';

/** A list item to add, ready in both styles. */
export interface RawItem {
  /** Block lines with the `-` at column 0 (deeper lines indented relative to it). */
  readonly lines: readonly string[];
  /** The item as one line of flow YAML. */
  readonly flow: string;
}

/** How items of a top-level list are written. */
export interface TargetLayout {
  readonly flow: boolean;
  readonly dashCol: number;
  readonly keyOffset: number;
}

/** Lines shifted right by `by` columns (blank lines stay empty). */
export function indentLines(lines: readonly string[], by: number): string[] {
  const pad = ' '.repeat(by);
  return lines.map((line) => (line.trim() === '' ? line : pad + line));
}

/** How new items of `nodes`/`edges` are to be written in this document. */
export function targetLayout(wf: Workflow, key: 'nodes' | 'edges'): TargetLayout {
  const { src } = wf;
  const seq = key === 'nodes' ? wf.nodes : wf.edges;
  if (seq !== undefined && seq.items.length > 0) return listLayout(src, seq);
  // A new list follows the other list's style when that one has items (`nodes: [{…}]`).
  const other = key === 'nodes' ? wf.edges : wf.nodes;
  const flow = src.root.flow === true || (other?.flow === true && other.items.length > 0);
  const col = src.root.flow === true ? 0 : keyColumn(src, src.root);
  return { flow, dashCol: col + src.style.seqIndent, keyOffset: src.style.keyOffset };
}

/** Where a missing `nodes`/`edges` key goes: `edges` after `nodes`, `nodes` before `edges`. */
function newKeyAt(wf: Workflow, key: 'nodes' | 'edges'): number {
  const { src } = wf;
  const root = src.root;
  if (key === 'edges' && wf.nodesPair !== undefined) return pairExtent(src, wf.nodesPair).end;
  if (key === 'nodes' && wf.edgesPair !== undefined) return pairExtent(src, wf.edgesPair).start;
  const last = root.items[root.items.length - 1];
  return last === undefined ? src.text.length : pairExtent(src, last).end;
}

/**
 * Adds items to the top-level list `key`, after item `after` (default: at the end). Items are
 * written block or flow as the list (or, for a new list, the document) is.
 */
export function addToList(
  wf: Workflow,
  cs: ChangeSet,
  key: 'nodes' | 'edges',
  items: readonly RawItem[],
  after?: number,
): void {
  if (items.length === 0) return;
  const { src } = wf;
  const { eol } = src.style;
  const layout = targetLayout(wf, key);
  const pair: Pair | undefined = findPair(src.root, key);
  const seq = isSeq(pair?.value) ? pair.value : undefined;
  const blockItems = items.map((item) => indentLines(item.lines, layout.dashCol));
  const flowText = items.map((item) => item.flow).join(', ');
  if (seq !== undefined && seq.items.length > 0) {
    const anchor = after ?? seq.items.length - 1;
    insertItems(src, cs, seq, anchor, layout.flow ? items.map((i) => [i.flow]) : blockItems);
    return;
  }
  if (pair === undefined) {
    if (src.root.flow === true) {
      const last = src.root.items[src.root.items.length - 1];
      const at = last === undefined ? spanOf(src.root)[0] + 1 : contentEnd(src, last.value as Node);
      cs.insert(at, `${last === undefined ? '' : ', '}${renderKey(key, true)}: [${flowText}]`);
      return;
    }
    const head = `${' '.repeat(keyColumn(src, src.root))}${key}:`;
    insertLines(
      src,
      cs,
      newKeyAt(wf, key),
      layout.flow ? [`${head} [${flowText}]`] : [head, ...blockItems.flat()],
    );
    return;
  }
  const value = pair.value as Node | null;
  const colon = colonEnd(src, pair);
  if (layout.flow) {
    if (seq !== undefined) cs.insert(spanOf(seq)[0] + 1, flowText);
    else if (value === null || isEmptyNode(value)) cs.insert(colon, ` [${flowText}]`);
    else cs.replace(spanOf(value)[0], contentEnd(src, value), `[${flowText}]`);
    return;
  }
  const block = eol + blockItems.flat().join(eol);
  if (value === null || isEmptyNode(value)) {
    cs.insert(src.lines.contentEnd(src.lines.lineOf(colon)), block);
  } else cs.replace(colon, contentEnd(src, value), block);
}
