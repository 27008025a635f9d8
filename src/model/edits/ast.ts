/**
 * Small readers of the yaml AST: keys, pairs, ids and source spans. Internal to `edits/`; pure.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { invariant } from '../../lib/assert';
import { idText, textOf } from '../values';

/** The text of a pair's key, when it is a scalar. */
export function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? textOf(pair.key.value) : undefined;
}

/** The pair for `key` in `map`: the last one written, as the model reads it. */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (pair !== undefined && keyText(pair) === key) return pair;
  }
  return undefined;
}

/** `map[key]` as a mapping, or undefined. */
export function mapAt(map: YAMLMap, key: string): YAMLMap | undefined {
  const value = findPair(map, key)?.value;
  return isMap(value) ? value : undefined;
}

/** `map[key]` as a list, or undefined. */
export function seqAt(map: YAMLMap, key: string): YAMLSeq | undefined {
  const value = findPair(map, key)?.value;
  return isSeq(value) ? value : undefined;
}

/** `map[key]` as a scalar, or undefined. */
export function scalarAt(map: YAMLMap, key: string): Scalar | undefined {
  const value = findPair(map, key)?.value;
  return isScalar(value) ? value : undefined;
}

/** A node id (or reference) written in a scalar, as the model reads it. */
export function idOf(node: unknown): string | undefined {
  return isScalar(node) ? idText(node.value) : undefined;
}

/** `[start, valueEnd)` of a node as parsed (valueEnd may include a block value's line break). */
export function spanOf(node: Node): readonly [number, number] {
  const range = node.range;
  invariant(range != null, 'parsed nodes have a range');
  return [range[0], range[1]];
}

/** True for a node with no source text (`key:` with nothing after it). */
export function isEmptyNode(node: unknown): boolean {
  if (node == null) return true;
  if (!isScalar(node)) return false;
  const [start, end] = spanOf(node);
  return start === end;
}
