/**
 * What the readers share while reading one document: the text, its line counter, alias
 * resolution and the diagnostic sink; plus helpers to find a key's pair and a node's range.
 * Values are read from plain JS (`toJS()`); the YAML AST is used for positions only. Internal.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { DiagnosticSink } from './diagnostics';
import { makeRange } from './sourceMap';
import type { SourceRange } from './types';

/** Shared state of one `parseWorkflow` call. */
export interface ReadContext {
  readonly text: string;
  readonly lineCounter: LineCounter;
  readonly aliasTargets: ReadonlyMap<Alias, Node>;
  readonly sink: DiagnosticSink;
}

/** An AST position: a node, a pair, or nothing known. */
export type Located = Node | Pair | null | undefined;

/** Follows an alias to its anchored node (other nodes are returned as they are). */
export function deref(ctx: ReadContext, node: unknown): Node | undefined {
  if (isAlias(node)) return ctx.aliasTargets.get(node);
  return isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
}

/** `node` as a mapping (following an alias), or undefined. */
export function asMap(ctx: ReadContext, node: unknown): YAMLMap | undefined {
  const target = deref(ctx, node);
  return isMap(target) ? target : undefined;
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/**
 * The pair for `key` in `map`: the last one written (as `toJS()` keeps the last), else one
 * brought in by a `<<` merge key. `depth` bounds nested merges.
 */
export function findPair(ctx: ReadContext, map: Located, key: string, depth = 0): Pair | undefined {
  const m = asMap(ctx, map);
  if (m === undefined || depth > 8) return undefined;
  for (let i = m.items.length - 1; i >= 0; i--) {
    const pair = m.items[i];
    if (pair !== undefined && keyText(pair) === key) return pair;
  }
  for (const pair of m.items) {
    if (keyText(pair) !== '<<') continue;
    const source = deref(ctx, pair.value);
    const sources: unknown[] = isSeq(source) ? source.items : [pair.value];
    for (const s of sources) {
      const found = findPair(ctx, s as Located, key, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The value node for `key` (not dereferenced), or undefined. */
export function valueNode(ctx: ReadContext, map: Located, key: string): Located {
  const v = findPair(ctx, map, key)?.value;
  return isPair(v) ? undefined : (v as Node | null | undefined);
}

function rawRange(node: Located): [number, number] | undefined {
  if (node == null) return undefined;
  if (isPair(node)) {
    const start = rawRange(node.key as Located);
    const end = rawRange(node.value as Located) ?? start;
    return start && end ? [start[0], Math.max(start[1], end[1])] : (start ?? end);
  }
  const r = node.range;
  return r ? [r[0], r[1]] : undefined;
}

/**
 * The source range of a node or pair (value end, trailing whitespace trimmed), or `fallback`
 * when the node has no position (e.g. it was created, or it is missing).
 */
export function rangeOf(ctx: ReadContext, node: Located, fallback: SourceRange): SourceRange {
  const r = rawRange(node);
  if (r === undefined) return fallback;
  const start = r[0];
  let end = r[1];
  while (end > start && /\s/.test(ctx.text.charAt(end - 1))) end--;
  return makeRange(ctx.lineCounter, start, end);
}

/** The range of `key`'s value in `map`, else of its key, else `fallback`. */
export function valueRange(
  ctx: ReadContext,
  map: Located,
  key: string,
  fallback: SourceRange,
): SourceRange {
  const pair = findPair(ctx, map, key);
  if (pair === undefined) return fallback;
  const value = pair.value as Located;
  // An empty value (`to:`) has a zero-length range; point at the key then.
  const r = rawRange(value);
  if (r === undefined || r[0] === r[1]) return rangeOf(ctx, pair.key as Located, fallback);
  return rangeOf(ctx, value, fallback);
}

/** The range of `key`'s whole entry (`key: value`) in `map`, else `fallback`. */
export function entryRange(
  ctx: ReadContext,
  map: Located,
  key: string,
  fallback: SourceRange,
): SourceRange {
  return rangeOf(ctx, findPair(ctx, map, key), fallback);
}
