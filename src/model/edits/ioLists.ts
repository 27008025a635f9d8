/**
 * Edits a node's `inputs`/`outputs` to a list of names, item by item: entries whose name stays
 * are kept byte for byte (objects `{name, schema}` included), others are removed, new names are
 * inserted where they belong. A flow list `[a, b]` stays a flow list; a schema map keeps its
 * entries and gets `name: {}` for new ones. Internal to `edits/`; pure.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap, YAMLSeq } from 'yaml';
import { findPair, keyText, spanOf } from './ast';
import type { ChangeSet } from './changes';
import { appendPairs, insertItems, listLayout, removeItems, removePairs } from './collections';
import { contentEnd } from './spans';
import { replaceValue } from './replace';
import { blockItemLines, newList, newMap } from './newValues';
import { renderScalar } from './scalars';
import type { Source } from './source';
import { deleteIn, setIn } from './setIn';
import { trimmedText } from '../values';
import { mapContext } from './workflow';

/** The name an io list entry declares (`a`, `{name: a, …}` or `{a: …}`). */
function entryName(node: unknown): string | undefined {
  if (isScalar(node)) return trimmedText(node.value);
  if (!isMap(node)) return undefined;
  const named = findPair(node, 'name')?.value;
  if (isScalar(named)) return trimmedText(named.value);
  const only = node.items.length === 1 ? node.items[0] : undefined;
  return only === undefined ? undefined : keyText(only)?.trim();
}

/** Pairs `[i, j]` of a longest common subsequence of `a` and `b`. */
function lcs(a: readonly (string | undefined)[], b: readonly string[]): [number, number][] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  const at = (i: number, j: number): number => table[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i];
      if (row === undefined) continue;
      row[j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

function setFlowList(src: Source, cs: ChangeSet, seq: YAMLSeq, names: readonly string[]): void {
  const unused = seq.items.map((item) => {
    const node = item as Node;
    return { name: entryName(node), text: src.text.slice(spanOf(node)[0], contentEnd(src, node)) };
  });
  const parts = names.map((name) => {
    const i = unused.findIndex((u) => u.name === name);
    const found = i < 0 ? undefined : unused.splice(i, 1)[0];
    return found?.text ?? renderScalar(name, { inFlow: true });
  });
  const [start] = spanOf(seq);
  const pad = src.text.charAt(start + 1) === ' ' && seq.items.length > 0 ? ' ' : '';
  cs.replace(start, contentEnd(src, seq), `[${pad}${parts.join(', ')}${pad}]`);
}

function setBlockList(
  src: Source,
  cs: ChangeSet,
  seq: YAMLSeq,
  names: readonly string[],
  replaceAll: () => void,
): void {
  const matched = lcs(seq.items.map(entryName), names);
  if (matched.length === 0) {
    replaceAll();
    return;
  }
  const keptItems = new Set(matched.map(([i]) => i));
  const gone = new Set(seq.items.map((_, i) => i).filter((i) => !keptItems.has(i)));
  removeItems(src, cs, seq, gone, undefined);
  const layout = listLayout(src, seq);
  const style = { ...src.style, keyOffset: layout.keyOffset };
  const inserts = new Map<number, string[][]>();
  let anchor = -1;
  let m = 0;
  names.forEach((name, j) => {
    const hit = matched[m];
    if (hit !== undefined && hit[1] === j) {
      anchor = hit[0];
      m++;
      return;
    }
    const group = inserts.get(anchor) ?? [];
    group.push(blockItemLines(name, layout.dashCol, style));
    inserts.set(anchor, group);
  });
  for (const [after, items] of inserts) insertItems(src, cs, seq, after, items);
}

function setSchemaMap(src: Source, cs: ChangeSet, map: YAMLMap, names: readonly string[]): void {
  const wanted = new Set(names);
  const present = new Set(map.items.map((p) => keyText(p)?.trim()));
  const gone = map.items.filter((p) => !wanted.has(keyText(p)?.trim() ?? ''));
  const fresh = names.filter((n) => !present.has(n));
  if (gone.length > 0) removePairs(src, cs, map, gone);
  appendPairs(
    src,
    cs,
    map,
    fresh.map((name) => [name, newMap([])]),
  );
}

/** Sets `inputs`/`outputs` of a node mapping to `names` (an empty list removes the key). */
export function setIoList(
  src: Source,
  cs: ChangeSet,
  node: YAMLMap,
  key: 'inputs' | 'outputs',
  names: readonly string[],
): void {
  const pair = findPair(node, key);
  if (names.length === 0) {
    deleteIn(src, cs, node, [key]);
    return;
  }
  const value = pair?.value;
  const ctx = mapContext(src, node);
  if (pair === undefined) {
    setIn(src, cs, node, [key], newList(names, 'flow'));
  } else if (isSeq(value) && value.flow === true) {
    setFlowList(src, cs, value, names);
  } else if (isSeq(value)) {
    const all = (): void => replaceValue(src, cs, pair, newList(names, 'block'), ctx);
    setBlockList(src, cs, value, names, all);
  } else if (isMap(value) && names.some((n) => findPair(value, n) !== undefined)) {
    setSchemaMap(src, cs, value, names);
  } else {
    replaceValue(src, cs, pair, newList(names, 'flow'), ctx);
  }
}
