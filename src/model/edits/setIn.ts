/**
 * Sets or removes a value at a key path inside a mapping, creating missing mappings and
 * pruning mappings a removal leaves empty. Internal to `edits/`; pure.
 */
import { isMap } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { findPair } from './ast';
import type { ChangeSet } from './changes';
import { appendPairs, removePairs } from './collections';
import { replaceValue } from './replace';
import { newMap } from './newValues';
import type { NewValue } from './newValues';
import type { Source } from './source';
import { mapContext } from './workflow';

/** `value` wrapped in mappings for the keys of `path` (innermost last). */
function nest(path: readonly string[], value: NewValue): NewValue {
  return path.reduceRight<NewValue>((inner, key) => newMap([[key, inner]]), value);
}

/** Sets `map[path…]` to `value`, creating mappings on the way; existing scalars keep their style. */
export function setIn(
  src: Source,
  cs: ChangeSet,
  map: YAMLMap,
  path: readonly string[],
  value: NewValue,
): void {
  let current = map;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] ?? '';
    const pair = findPair(current, key);
    const rest = path.slice(i + 1);
    if (pair === undefined) {
      appendPairs(src, cs, current, [[key, nest(rest, value)]]);
      return;
    }
    if (rest.length > 0 && isMap(pair.value)) {
      current = pair.value;
      continue;
    }
    replaceValue(src, cs, pair, nest(rest, value), mapContext(src, current));
    return;
  }
}

/**
 * Removes `map[path…]`. A mapping below `map` that would be left empty is removed with it (so
 * removing `runtime.command`, the only runtime key, removes `runtime`). Nothing happens when the
 * key is not there.
 */
export function deleteIn(src: Source, cs: ChangeSet, map: YAMLMap, path: readonly string[]): void {
  const chain: [YAMLMap, Pair][] = [];
  let current: YAMLMap | undefined = map;
  for (const key of path) {
    const pair: Pair | undefined = current === undefined ? undefined : findPair(current, key);
    if (current === undefined || pair === undefined) return;
    chain.push([current, pair]);
    current = isMap(pair.value) ? pair.value : undefined;
  }
  let level = chain.length - 1;
  while (level > 0 && chain[level]?.[0].items.length === 1) level--;
  const target = chain[level];
  if (target !== undefined) removePairs(src, cs, target[0], [target[1]]);
}
