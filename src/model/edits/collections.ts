/**
 * Text-level edits of yaml collections: remove entries or items (with their attached comment
 * lines), append entries, insert items; block and flow collections alike, touching only the
 * lines involved. Internal to `edits/`; pure.
 */
import { isMap } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { invariant } from '../../lib/assert';
import { spanOf } from './ast';
import type { ChangeSet } from './changes';
import { groupedRemovals } from './extent';
import type { IndexedExtent } from './extent';
import { blockPairLines, renderFlow, renderKey } from './newValues';
import type { NewEntry } from './newValues';
import { dashOffset } from './source';
import type { Source } from './source';
import {
  colonEnd,
  contentEnd,
  documentEnd,
  insertLines,
  itemExtent,
  keyColumn,
  pairEnd,
  pairExtent,
  pairStart,
} from './spans';

/** Removes runs of flow entries `[start, end)`, with the commas between them. */
function removeFlowEntries(
  cs: ChangeSet,
  spans: readonly (readonly [number, number])[],
  removed: ReadonlySet<number>,
): void {
  if (removed.size === 0) return;
  if (removed.size === spans.length) {
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (first && last) cs.remove(first[0], last[1]);
    return;
  }
  for (let i = 0; i < spans.length; i++) {
    if (!removed.has(i)) continue;
    let j = i;
    while (removed.has(j + 1)) j++;
    const next = spans[j + 1];
    const prev = spans[i - 1];
    const runStart = spans[i]?.[0] ?? 0;
    const runEnd = spans[j]?.[1] ?? runStart;
    if (next !== undefined) cs.remove(runStart, next[0]);
    else if (prev !== undefined) cs.remove(prev[1], runEnd);
    i = j;
  }
}

/**
 * Removes entries from a mapping. Block entries go with their attached comment lines; the first
 * entry of a list item (`- key: …`) is removed up to the next kept key. Removing every entry of
 * a block mapping is the caller's job (remove the mapping's own entry instead).
 */
export function removePairs(
  src: Source,
  cs: ChangeSet,
  map: YAMLMap,
  pairs: readonly Pair[],
): void {
  const removed = new Set<number>();
  for (const pair of pairs) {
    const index = map.items.indexOf(pair);
    if (index >= 0) removed.add(index);
  }
  if (map.flow === true) {
    const spans = map.items.map((p): [number, number] => [pairStart(p), pairEnd(src, p)]);
    removeFlowEntries(cs, spans, removed);
    return;
  }
  const blocks: IndexedExtent[] = [];
  for (let i = 0; i < map.items.length; i++) {
    const pair = map.items[i];
    if (pair === undefined || !removed.has(i)) continue;
    const start = pairStart(pair);
    if (src.lines.firstOnLine(start)) {
      blocks.push({ index: i, ext: pairExtent(src, pair) });
      continue;
    }
    // The first key of a list item (`- key: …`): remove up to the next kept key.
    let j = i + 1;
    while (removed.has(j)) j++;
    const kept = map.items[j];
    if (kept !== undefined) cs.remove(start, pairStart(kept));
    else cs.replace(start, pairEnd(src, map.items[j - 1] ?? pair), '{}');
    i = j - 1;
  }
  for (const [from, to] of groupedRemovals(src, blocks)) cs.remove(from, to);
}

/**
 * Removes items from a list. Block items go with their attached comment lines. When every item
 * goes, a block list becomes `[]` after `owner`'s colon (the pair that holds the list).
 */
export function removeItems(
  src: Source,
  cs: ChangeSet,
  seq: YAMLSeq,
  indices: ReadonlySet<number>,
  owner: Pair | undefined,
): void {
  const removed = new Set([...indices].filter((i) => i >= 0 && i < seq.items.length));
  if (removed.size === 0) return;
  if (seq.flow === true) {
    const spans = seq.items.map((item): [number, number] => {
      const node = item as Node;
      return [spanOf(node)[0], contentEnd(src, node)];
    });
    removeFlowEntries(cs, spans, removed);
    return;
  }
  const extents = [...removed]
    .sort((a, b) => a - b)
    .map((index) => ({ index, ext: itemExtent(src, seq, index) }));
  for (const [from, to] of groupedRemovals(src, extents)) cs.remove(from, to);
  if (removed.size === seq.items.length && owner !== undefined) {
    cs.insert(colonEnd(src, owner), ' []');
  }
}

/** Where and how to append entries to a mapping. */
export interface AppendOptions {
  /** Put the entries first (block mappings whose first key starts a line; else appended). */
  readonly first?: boolean;
  /** Append at the very end of the text (top-level mapping), after trailing comments. */
  readonly atTextEnd?: boolean;
  /** Insert right after this entry instead of after the last one. */
  readonly after?: Pair;
  /** Precede the new lines with a blank line. */
  readonly blankBefore?: boolean;
}

/** Appends entries `key: value` to a mapping in its style (block lines, or `, k: v` in flow). */
export function appendPairs(
  src: Source,
  cs: ChangeSet,
  map: YAMLMap,
  entries: readonly NewEntry[],
  options: AppendOptions = {},
): void {
  if (entries.length === 0) return;
  if (map.flow === true) {
    const body = entries.map(([k, v]) => `${renderKey(k, true)}: ${renderFlow(v)}`).join(', ');
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (first === undefined || last === undefined) cs.insert(spanOf(map)[0] + 1, ` ${body} `);
    else if (options.first === true) cs.insert(pairStart(first), `${body}, `);
    else cs.insert(pairEnd(src, last), `, ${body}`);
    return;
  }
  const col = keyColumn(src, map);
  const lines = entries.flatMap(([k, v]) => blockPairLines(k, v, col, src.style));
  if (options.blankBefore === true) lines.unshift('');
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  invariant(first !== undefined && last !== undefined, 'block mappings have entries');
  let at: number;
  if (options.atTextEnd === true) at = documentEnd(src);
  else if (options.first === true && src.lines.firstOnLine(pairStart(first))) {
    at = pairExtent(src, first).start;
  } else at = pairExtent(src, options.after ?? last).end;
  insertLines(src, cs, at, lines);
}

/** How a list lays out its items. */
export interface ListLayout {
  readonly flow: boolean;
  /** Column of `-` (block lists). */
  readonly dashCol: number;
  /** Columns from `-` to the item's first key. */
  readonly keyOffset: number;
  /** Items are separated by blank lines. */
  readonly blankBetween: boolean;
}

/** Measures how a list lays out its items (from its first items). */
export function listLayout(src: Source, seq: YAMLSeq): ListLayout {
  if (seq.flow === true || seq.items.length === 0) {
    return { flow: true, dashCol: 0, keyOffset: 2, blankBetween: false };
  }
  const dash = dashOffset(seq, 0) ?? spanOf(seq)[0];
  const dashCol = src.lines.col(dash);
  const first = seq.items[0];
  const keyOffset =
    isMap(first) && first.flow !== true ? src.lines.col(spanOf(first)[0]) - dashCol : 2;
  let blankBetween = false;
  if (seq.items.length > 1) {
    const a = itemExtent(src, seq, 0);
    const b = itemExtent(src, seq, 1);
    blankBetween = b.firstLine > a.lastLine + 1 && src.lines.isBlank(b.firstLine - 1);
  }
  return { flow: false, dashCol, keyOffset: Math.max(2, keyOffset), blankBetween };
}

/**
 * Inserts items (already rendered for `listLayout(seq)`: block items as lines, flow items as one
 * string) after item `after`, or before the first item when `after` is -1.
 */
export function insertItems(
  src: Source,
  cs: ChangeSet,
  seq: YAMLSeq,
  after: number,
  items: readonly (readonly string[])[],
): void {
  if (items.length === 0) return;
  const layout = listLayout(src, seq);
  if (layout.flow) {
    const texts = items.map((lines) => lines.join(' '));
    const anchor = seq.items[after] as Node | undefined;
    const firstItem = seq.items[0] as Node | undefined;
    if (firstItem === undefined) cs.insert(spanOf(seq)[0] + 1, texts.join(', '));
    else if (anchor === undefined) cs.insert(spanOf(firstItem)[0], `${texts.join(', ')}, `);
    else cs.insert(contentEnd(src, anchor), `, ${texts.join(', ')}`);
    return;
  }
  const gap = layout.blankBetween ? [''] : [];
  const lines = items.flatMap((item, i) => (i === 0 ? [...item] : [...gap, ...item]));
  if (after < 0) {
    insertLines(src, cs, itemExtent(src, seq, 0).start, [...lines, ...gap]);
  } else {
    insertLines(src, cs, itemExtent(src, seq, after).end, [...gap, ...lines]);
  }
}
