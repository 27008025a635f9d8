/**
 * Finds the parts of a workflow an edit works on: the `nodes` and `edges` lists, `x-layout`,
 * nodes by id (the first node with an id wins, as in the model) and edges by list position.
 * Internal to `edits/`; pure.
 */
import { isMap, isSeq } from 'yaml';
import type { Pair, YAMLMap, YAMLSeq } from 'yaml';
import { err, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import { LAYOUT_KEY } from '../readLayout';
import { findPair, idOf, scalarAt } from './ast';
import { keyColumn } from './spans';
import type { Source } from './source';
import type { EdgeRef } from './types';

/** A node entry of the `nodes` list. */
export interface NodeEntry {
  readonly id: string;
  readonly index: number;
  readonly map: YAMLMap;
}

/** An edge entry of the `edges` list. */
export interface EdgeEntry {
  readonly index: number;
  readonly map: YAMLMap;
}

/** The workflow parts of an opened source. */
export interface Workflow {
  readonly src: Source;
  readonly nodesPair: Pair | undefined;
  readonly nodes: YAMLSeq | undefined;
  readonly edgesPair: Pair | undefined;
  readonly edges: YAMLSeq | undefined;
  readonly layoutPair: Pair | undefined;
  /** `x-layout` when it is a mapping. */
  readonly layout: YAMLMap | undefined;
  /** Nodes by id; the first node with an id. */
  readonly byId: ReadonlyMap<string, NodeEntry>;
  /** Every node id written, duplicates included (new ids must avoid all of them). */
  readonly ids: ReadonlySet<string>;
}

/** Reads the workflow parts of `src`. */
export function readWorkflow(src: Source): Workflow {
  const root = src.root;
  const nodesPair = findPair(root, 'nodes');
  const edgesPair = findPair(root, 'edges');
  const layoutPair = findPair(root, LAYOUT_KEY);
  const nodes = isSeq(nodesPair?.value) ? nodesPair.value : undefined;
  const edges = isSeq(edgesPair?.value) ? edgesPair.value : undefined;
  const byId = new Map<string, NodeEntry>();
  const ids = new Set<string>();
  nodes?.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const id = idOf(findPair(item, 'id')?.value);
    if (id === undefined) return;
    ids.add(id);
    if (!byId.has(id)) byId.set(id, { id, index, map: item });
  });
  return {
    src,
    nodesPair,
    nodes,
    edgesPair,
    edges,
    layoutPair,
    layout: isMap(layoutPair?.value) ? layoutPair.value : undefined,
    byId,
    ids,
  };
}

/** Ids a new node must not get: every node id, and every pinned id (a stale pin would apply). */
export function takenIds(wf: Workflow): Set<string> {
  const taken = new Set(wf.ids);
  const pins = wf.layout === undefined ? undefined : findPair(wf.layout, 'nodes')?.value;
  if (isMap(pins)) {
    for (const pair of pins.items) {
      const key = idOf(pair.key);
      if (key !== undefined) taken.add(key);
    }
  }
  return taken;
}

/** The node with `id`, or a message saying it is gone. */
export function findNode(wf: Workflow, id: string): Result<NodeEntry, string> {
  const node = wf.byId.get(id);
  return node === undefined ? err(`There is no node "${id}" in the workflow.`) : ok(node);
}

/** The edge at `ref.index`, checked against `ref.from`/`ref.to` when given. */
export function findEdge(wf: Workflow, ref: EdgeRef): Result<EdgeEntry, string> {
  const item = Number.isInteger(ref.index) ? wf.edges?.items[ref.index] : undefined;
  if (!isMap(item)) return err(`Edge ${ref.index + 1} no longer exists in the workflow.`);
  const from = idOf(scalarAt(item, 'from'));
  const to = idOf(scalarAt(item, 'to'));
  if ((ref.from !== undefined && ref.from !== from) || (ref.to !== undefined && ref.to !== to)) {
    return err(
      `Edge ${ref.index + 1} no longer goes from "${ref.from ?? from ?? '?'}" to "${ref.to ?? to ?? '?'}".`,
    );
  }
  return ok({ index: ref.index, map: item });
}

/** Every edge entry that is a mapping, with its list position. */
export function edgeEntries(wf: Workflow): EdgeEntry[] {
  const entries: EdgeEntry[] = [];
  wf.edges?.items.forEach((item, index) => {
    if (isMap(item)) entries.push({ index, map: item });
  });
  return entries;
}

/** How values are written in `map`: flow or block, and its key column. */
export function mapContext(src: Source, map: YAMLMap): { inFlow: boolean; keyCol: number } {
  return { inFlow: map.flow === true, keyCol: map.flow === true ? 0 : keyColumn(src, map) };
}
