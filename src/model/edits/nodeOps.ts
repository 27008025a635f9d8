/**
 * Node removal and renaming, with everything that names the node: edges, switch cases,
 * `default_to` and the `x-layout` pin. Internal to `edits/`; pure.
 */
import { isMap, isSeq } from 'yaml';
import type { Pair } from 'yaml';
import { err, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import { findPair, idOf, scalarAt } from './ast';
import type { ChangeSet } from './changes';
import { removeItems, removePairs } from './collections';
import { replaceScalar } from './replace';
import { isValidId, MAX_ID_LENGTH } from './ids';
import { renamePin, unpinNodes } from './layoutOps';
import { caseMentions, edgeMentions } from './references';
import type { EdgeRef } from './types';
import { edgeEntries, findEdge, findNode, mapContext } from './workflow';
import type { EdgeEntry, Workflow } from './workflow';

type Done = Result<undefined, string>;

/** Removes the switch cases and `default_to` of a kept edge that name removed nodes. */
function pruneSwitch(wf: Workflow, cs: ChangeSet, edge: EdgeEntry, ids: ReadonlySet<string>): void {
  const doomedPairs: Pair[] = [];
  const defaultTo = findPair(edge.map, 'default_to');
  if (defaultTo !== undefined && ids.has(idOf(defaultTo.value) ?? '')) doomedPairs.push(defaultTo);
  const casesPair = findPair(edge.map, 'cases');
  const doomedCases = caseMentions(edge.map).filter((c) => ids.has(c.id));
  const cases = casesPair?.value;
  if (casesPair !== undefined && doomedCases.length > 0) {
    if (isSeq(cases)) {
      const indices = new Set(doomedCases.map((c) => c.entry).filter((e) => typeof e === 'number'));
      removeItems(wf.src, cs, cases, indices, casesPair);
    } else if (isMap(cases)) {
      const pairs = doomedCases.map((c) => c.entry).filter((e): e is Pair => typeof e !== 'number');
      if (pairs.length === cases.items.length) doomedPairs.push(casesPair);
      else removePairs(wf.src, cs, cases, pairs);
    }
  }
  if (doomedPairs.length > 0) removePairs(wf.src, cs, edge.map, doomedPairs);
}

/**
 * `node.remove`: removes the nodes, every edge from or to them (plus the `extra` edges), their
 * switch cases and `default_to` on other edges, and their pins.
 */
export function removeNodes(
  wf: Workflow,
  cs: ChangeSet,
  ids: readonly string[],
  extra: readonly EdgeRef[],
): Done {
  const doomed = new Set<string>();
  const nodeIndices = new Set<number>();
  for (const id of ids) {
    const node = findNode(wf, id);
    if (!node.ok) return node;
    doomed.add(id);
    nodeIndices.add(node.value.index);
  }
  const edgeIndices = new Set<number>();
  for (const ref of extra) {
    const edge = findEdge(wf, ref);
    if (!edge.ok) return edge;
    edgeIndices.add(edge.value.index);
  }
  for (const edge of edgeEntries(wf)) {
    const from = idOf(scalarAt(edge.map, 'from'));
    const to = idOf(scalarAt(edge.map, 'to'));
    if (doomed.has(from ?? '') || doomed.has(to ?? '')) edgeIndices.add(edge.index);
    else if (!edgeIndices.has(edge.index)) pruneSwitch(wf, cs, edge, doomed);
  }
  if (wf.nodes !== undefined) removeItems(wf.src, cs, wf.nodes, nodeIndices, wf.nodesPair);
  if (wf.edges !== undefined) removeItems(wf.src, cs, wf.edges, edgeIndices, wf.edgesPair);
  unpinNodes(wf, cs, doomed);
  return ok(undefined);
}

/** Why `id` cannot be a new node id, or undefined when it can. */
export function invalidNewId(wf: Workflow, id: string): string | undefined {
  if (id.trim() === '') return 'A node id cannot be empty.';
  if (id.length > MAX_ID_LENGTH) return `A node id can have at most ${MAX_ID_LENGTH} characters.`;
  if (!isValidId(id)) {
    return `"${id}" is not a valid node id: use letters, digits, "_", "-" and "." (not first).`;
  }
  if (wf.ids.has(id)) return `There is already a node "${id}".`;
  return undefined;
}

/** `node.rename`: changes the id and every edge end, switch case, `default_to` and pin naming it. */
export function renameNode(wf: Workflow, cs: ChangeSet, id: string, newId: string): Done {
  const node = findNode(wf, id);
  if (!node.ok) return node;
  if (newId === id) return ok(undefined);
  const invalid = invalidNewId(wf, newId);
  if (invalid !== undefined) return err(invalid);
  const { src } = wf;
  const idScalar = scalarAt(node.value.map, 'id');
  if (idScalar !== undefined) {
    replaceScalar(src, cs, idScalar, newId, mapContext(src, node.value.map));
  }
  for (const edge of edgeEntries(wf)) {
    for (const m of edgeMentions(edge)) {
      if (m.id === id) replaceScalar(src, cs, m.scalar, newId, mapContext(src, m.holder));
    }
  }
  renamePin(wf, cs, id, newId);
  return ok(undefined);
}
