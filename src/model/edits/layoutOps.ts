/**
 * `x-layout` edits: pin node positions, auto layout (drop pins), direction, and the layout side
 * of node removal and renaming. New `x-layout` goes at the end of the document in block style,
 * each position as a flow map `id: { x: 240, y: 180 }`. Internal to `edits/`; pure.
 */
import { isMap, isScalar } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { err, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import { LAYOUT_KEY } from '../readLayout';
import type { LayoutDirection, XY } from '../types';
import { findPair, keyText, scalarAt } from './ast';
import type { ChangeSet } from './changes';
import { appendPairs, removePairs } from './collections';
import { documentEnd, pairExtent } from './spans';
import { replaceScalar, replaceValue } from './replace';
import { newMap } from './newValues';
import type { NewEntry, NewMap } from './newValues';
import type { NodeMove } from './types';
import { findNode, mapContext } from './workflow';
import type { Workflow } from './workflow';

/** A position as written: integers, in a flow map. */
function xyValue(p: XY): NewMap {
  return newMap(
    [
      ['x', Math.round(p.x) || 0],
      ['y', Math.round(p.y) || 0],
    ],
    true,
  );
}

/** Appends a new top-level entry at the end of the document (after a blank line if used). */
function appendTopLevel(wf: Workflow, cs: ChangeSet, entry: NewEntry): void {
  const { src } = wf;
  const root = src.root;
  const last = root.items[root.items.length - 1];
  if (root.flow === true || last === undefined) {
    appendPairs(src, cs, root, [entry]);
    return;
  }
  const { lines } = src;
  const spaced = lines.isBlank(pairExtent(src, last).firstLine - 1);
  const end = documentEnd(src);
  const endsBlank =
    end > 0 && src.text.charAt(end - 1) === '\n' && lines.isBlank(lines.lineOf(end) - 1);
  appendPairs(src, cs, root, [entry], { atTextEnd: true, blankBefore: spaced && !endsBlank });
}

/** Writes `x-layout.nodes[id]` for each entry: in place when present, else appended. */
export function setPositions(
  wf: Workflow,
  cs: ChangeSet,
  positions: ReadonlyMap<string, XY>,
): void {
  if (positions.size === 0) return;
  const { src } = wf;
  const all = (): NewMap => newMap([...positions].map(([id, p]): NewEntry => [id, xyValue(p)]));
  if (wf.layoutPair === undefined) {
    appendTopLevel(wf, cs, [LAYOUT_KEY, newMap([['nodes', all()]])]);
    return;
  }
  if (wf.layout === undefined) {
    replaceValue(src, cs, wf.layoutPair, newMap([['nodes', all()]]), mapContext(src, src.root));
    return;
  }
  const nodesPair = findPair(wf.layout, 'nodes');
  if (nodesPair === undefined) {
    appendPairs(src, cs, wf.layout, [['nodes', all()]]);
    return;
  }
  const nodes = nodesPair.value;
  if (!isMap(nodes)) {
    replaceValue(src, cs, nodesPair, all(), mapContext(src, wf.layout));
    return;
  }
  const fresh: NewEntry[] = [];
  const ctx = mapContext(src, nodes);
  for (const [id, p] of positions) {
    const pair = findPair(nodes, id);
    if (pair === undefined) {
      fresh.push([id, xyValue(p)]);
      continue;
    }
    const value = pair.value;
    const x = isMap(value) ? scalarAt(value, 'x') : undefined;
    const y = isMap(value) ? scalarAt(value, 'y') : undefined;
    if (isMap(value) && x !== undefined && y !== undefined) {
      const inner = mapContext(src, value);
      replaceScalar(src, cs, x, Math.round(p.x) || 0, inner);
      replaceScalar(src, cs, y, Math.round(p.y) || 0, inner);
    } else replaceValue(src, cs, pair, xyValue(p), ctx);
  }
  appendPairs(src, cs, nodes, fresh);
}

/** `node.move`: pins each node at its position. */
export function moveNodes(
  wf: Workflow,
  cs: ChangeSet,
  moves: readonly NodeMove[],
): Result<undefined, string> {
  const positions = new Map<string, XY>();
  for (const { id, position } of moves) {
    const found = findNode(wf, id);
    if (!found.ok) return found;
    if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) {
      return err(`The position of "${id}" is not a pair of finite numbers.`);
    }
    positions.set(id, position);
  }
  setPositions(wf, cs, positions);
  return ok(undefined);
}

/** The `x-layout.nodes` mapping, when there is one. */
function pinnedMap(wf: Workflow): { pair: Pair; map: YAMLMap } | undefined {
  const pair = wf.layout === undefined ? undefined : findPair(wf.layout, 'nodes');
  return pair !== undefined && isMap(pair.value) ? { pair, map: pair.value } : undefined;
}

/** Removes `x-layout` entries named `key`; `x-layout` itself when nothing else is left. */
function removeLayoutKey(wf: Workflow, cs: ChangeSet, key: string): void {
  if (wf.layout === undefined || wf.layoutPair === undefined) return;
  const doomed = wf.layout.items.filter((p) => keyText(p) === key);
  if (doomed.length === 0) return;
  if (doomed.length === wf.layout.items.length) {
    removePairs(wf.src, cs, wf.src.root, [wf.layoutPair]);
  } else removePairs(wf.src, cs, wf.layout, doomed);
}

/** `layout.reset` ("Auto layout"): removes `x-layout.nodes`, and `x-layout` if left empty. */
export function resetLayout(wf: Workflow, cs: ChangeSet): void {
  removeLayoutKey(wf, cs, 'nodes');
}

/** Removes the pins of `ids` (pruning `nodes` / `x-layout` when they become empty). */
export function unpinNodes(wf: Workflow, cs: ChangeSet, ids: ReadonlySet<string>): void {
  const pinned = pinnedMap(wf);
  if (pinned === undefined) return;
  const doomed = pinned.map.items.filter((p) => ids.has(keyText(p) ?? ''));
  if (doomed.length === 0) return;
  if (doomed.length === pinned.map.items.length) removeLayoutKey(wf, cs, 'nodes');
  else removePairs(wf.src, cs, pinned.map, doomed);
}

/** Renames the pin of `from` to `to` (dropping a stale pin already named `to`). */
export function renamePin(wf: Workflow, cs: ChangeSet, from: string, to: string): void {
  const pinned = pinnedMap(wf);
  if (pinned === undefined) return;
  const pair = findPair(pinned.map, from);
  if (pair === undefined || !isScalar(pair.key)) return;
  const stale = pinned.map.items.filter((p) => keyText(p) === to);
  if (stale.length > 0) removePairs(wf.src, cs, pinned.map, stale);
  replaceScalar(wf.src, cs, pair.key, to, mapContext(wf.src, pinned.map));
}

/** The pinned position of `id`, when it has numeric `x` and `y`. */
export function pinOf(wf: Workflow, id: string): XY | undefined {
  const pinned = pinnedMap(wf);
  const value = pinned === undefined ? undefined : findPair(pinned.map, id)?.value;
  if (!isMap(value)) return undefined;
  const x: unknown = scalarAt(value, 'x')?.value;
  const y: unknown = scalarAt(value, 'y')?.value;
  return typeof x === 'number' && typeof y === 'number' ? { x, y } : undefined;
}

/**
 * `layout.direction`: sets `x-layout.direction` in place when written; else writes RIGHT as the
 * first `x-layout` key (creating `x-layout` at the end if needed). DOWN is the default, so DOWN
 * on a document without the key changes nothing.
 */
export function setDirection(wf: Workflow, cs: ChangeSet, direction: LayoutDirection): void {
  const { src } = wf;
  const pair = wf.layout === undefined ? undefined : findPair(wf.layout, 'direction');
  if (pair !== undefined && wf.layout !== undefined) {
    replaceValue(src, cs, pair, direction, mapContext(src, wf.layout));
  } else if (direction === 'DOWN') {
    return;
  } else if (wf.layoutPair === undefined) {
    appendTopLevel(wf, cs, [LAYOUT_KEY, newMap([['direction', direction]])]);
  } else if (wf.layout === undefined) {
    replaceValue(
      src,
      cs,
      wf.layoutPair,
      newMap([['direction', direction]]),
      mapContext(src, src.root),
    );
  } else appendPairs(src, cs, wf.layout, [['direction', direction]], { first: true });
}
