/**
 * Where yaml entries sit in the text: content ends, key starts, colons, key columns, whole-line
 * extents of entries and items, the end of the document; and inserting whole lines.
 * Internal to `edits/`; pure.
 */
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { invariant } from '../../lib/assert';
import { isEmptyNode, spanOf } from './ast';
import type { ChangeSet } from './changes';
import { blockExtent } from './extent';
import type { Extent } from './extent';
import { trimEnd } from './lines';
import { dashOffset } from './source';
import type { Source } from './source';

/** Where a node's content ends (trailing whitespace and line breaks excluded). */
export function contentEnd(src: Source, node: Node): number {
  const [start, end] = spanOf(node);
  return trimEnd(src.text, end, start);
}

/** Start of a pair (its key). */
export function pairStart(pair: Pair): number {
  invariant(pair.key != null, 'parsed pairs have a key');
  return spanOf(pair.key as Node)[0];
}

/** End of a pair's content (its value, else its key). */
export function pairEnd(src: Source, pair: Pair): number {
  const value = pair.value as Node | null;
  if (value !== null && !isEmptyNode(value)) return contentEnd(src, value);
  return contentEnd(src, pair.key as Node);
}

/** Offset just after a pair's `:` (or after its key when there is none). */
export function colonEnd(src: Source, pair: Pair): number {
  const keyEnd = spanOf(pair.key as Node)[1];
  let i = keyEnd;
  while (src.text.charAt(i) === ' ' || src.text.charAt(i) === '\t') i++;
  return src.text.charAt(i) === ':' ? i + 1 : keyEnd;
}

/** Column of a block mapping's keys. */
export function keyColumn(src: Source, map: YAMLMap): number {
  const first = map.items[0];
  return first === undefined ? 0 : src.lines.col(pairStart(first));
}

/** The extent of a block mapping entry (by its key). */
export function pairExtent(src: Source, pair: Pair): Extent {
  return blockExtent(src, pairStart(pair), pairEnd(src, pair));
}

/** The extent of a block list item (from its `-`). */
export function itemExtent(src: Source, seq: YAMLSeq, index: number): Extent {
  const item = seq.items[index] as Node | null;
  const [itemStart] = item == null ? [undefined] : spanOf(item);
  const dash = dashOffset(seq, index) ?? itemStart;
  invariant(dash !== undefined, 'block list items have a position');
  const end = item == null || isEmptyNode(item) ? dash + 1 : contentEnd(src, item);
  return blockExtent(src, dash, end);
}

/** Inserts whole lines at a line start `at` (adding the missing final line break if needed). */
export function insertLines(
  src: Source,
  cs: ChangeSet,
  at: number,
  lines: readonly string[],
): void {
  const { eol } = src.style;
  const needsBreak = at === src.text.length && at > 0 && !src.text.endsWith('\n');
  cs.insert(at, (needsBreak ? eol : '') + lines.join(eol) + eol);
}

/**
 * Where content appended "at the end of the document" goes: the end of the text, or the start
 * of a document-end marker line (`...`) after the root mapping.
 */
export function documentEnd(src: Source): number {
  const { lines } = src;
  for (let l = lines.lineOf(contentEnd(src, src.root)) + 1; l < lines.count; l++) {
    if (/^\.\.\.(?:\s|$)/.test(lines.content(l))) return lines.start(l);
  }
  return src.text.length;
}
