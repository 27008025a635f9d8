/**
 * Copy, paste and duplicate of nodes. Copies get fresh ids (`<id>_copy`, `<id>_copy_2`, …);
 * the edges among the copied nodes come along (remapped to the new ids), and pinned nodes are
 * pinned again at their position plus an offset. A copy keeps the original's text, comments
 * and quoting. Internal to `edits/`; pure.
 */
import { isMap, isSeq, LineCounter } from 'yaml';
import { invariant } from '../../lib/assert';
import { err, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import type { XY } from '../types';
import { readYaml } from '../yamlDocument';
import { scalarAt } from './ast';
import type { ChangeSet } from './changes';
import { copyBase, uniqueId } from './ids';
import { itemText, scalarSwap } from './itemText';
import { pinOf, setPositions } from './layoutOps';
import { addToList, indentLines } from './listOps';
import { newMap, renderFlow, renderKey } from './newValues';
import type { NewMap } from './newValues';
import type { RawItem } from './listOps';
import { edgeMentions } from './references';
import { openSource } from './source';
import type { TextChange } from './types';
import { edgeEntries, findNode, readWorkflow, takenIds } from './workflow';
import type { NodeEntry, Workflow } from './workflow';

/** Where copies go relative to their originals when no offset is given. */
export const DEFAULT_COPY_OFFSET: XY = { x: 40, y: 40 };

const xy = (p: XY): NewMap =>
  newMap(
    [
      ['x', p.x],
      ['y', p.y],
    ],
    true,
  );

/** A node as a raw item, its id swapped for `newId`. */
function nodeItem(wf: Workflow, node: NodeEntry, newId: string): RawItem {
  const idScalar = scalarAt(node.map, 'id');
  const swaps = idScalar === undefined ? [] : [scalarSwap(idScalar, newId, node.map.flow === true)];
  invariant(wf.nodes !== undefined, 'a found node is in the nodes list');
  return itemText(wf.src, wf.nodes, node.index, swaps);
}

/** The edges whose ends are both in `ids`, as raw items with node names mapped by `rename`. */
function edgesAmong(wf: Workflow, rename: ReadonlyMap<string, string>): RawItem[] {
  const items: RawItem[] = [];
  if (wf.edges === undefined) return items;
  for (const edge of edgeEntries(wf)) {
    const mentions = edgeMentions(edge);
    const from = mentions.find((m) => m.scalar === scalarAt(edge.map, 'from'));
    const to = mentions.find((m) => m.scalar === scalarAt(edge.map, 'to'));
    if (from === undefined || to === undefined || !rename.has(from.id) || !rename.has(to.id))
      continue;
    const swaps: TextChange[] = [];
    for (const m of mentions) {
      const mapped = rename.get(m.id);
      if (mapped !== undefined) swaps.push(scalarSwap(m.scalar, mapped, m.holder.flow === true));
    }
    items.push(itemText(wf.src, wf.edges, edge.index, swaps));
  }
  return items;
}

/** Fresh ids for `nodes`, avoiding every id in `taken` (which is extended). */
function freshIds(nodes: readonly NodeEntry[], taken: Set<string>): Map<string, string> {
  const rename = new Map<string, string>();
  for (const node of nodes) {
    const id = uniqueId(copyBase(node.id), taken);
    taken.add(id);
    rename.set(node.id, id);
  }
  return rename;
}

/** Pins for the copies of pinned originals, moved by `offset`. */
function copiedPins(
  source: Workflow,
  rename: ReadonlyMap<string, string>,
  offset: XY,
): Map<string, XY> {
  const pins = new Map<string, XY>();
  for (const [from, to] of rename) {
    const pin = pinOf(source, from);
    if (pin !== undefined) pins.set(to, { x: pin.x + offset.x, y: pin.y + offset.y });
  }
  return pins;
}

/** The nodes named by `ids` that exist, once each, in document order. */
function selected(wf: Workflow, ids: readonly string[]): NodeEntry[] {
  const nodes = new Set<NodeEntry>();
  for (const id of ids) {
    const found = wf.byId.get(id);
    if (found !== undefined) nodes.add(found);
  }
  return [...nodes].sort((a, b) => a.index - b.index);
}

/** `node.duplicate`: inserts a copy right after each original; returns the new ids. */
export function duplicateNodes(
  wf: Workflow,
  cs: ChangeSet,
  ids: readonly string[],
  offset: XY = DEFAULT_COPY_OFFSET,
): Result<string[], string> {
  for (const id of ids) {
    const found = findNode(wf, id);
    if (!found.ok) return found;
  }
  const nodes = selected(wf, ids);
  if (nodes.length === 0) return err('Select at least one node to duplicate.');
  const rename = freshIds(nodes, takenIds(wf));
  for (const node of nodes) {
    addToList(wf, cs, 'nodes', [nodeItem(wf, node, rename.get(node.id) ?? node.id)], node.index);
  }
  addToList(wf, cs, 'edges', edgesAmong(wf, rename));
  setPositions(wf, cs, copiedPins(wf, rename, offset));
  return ok([...rename.values()]);
}

/** The clipboard text, as a workflow-shaped source (a bare node list or node is wrapped). */
function openFragment(yaml: string): Result<Workflow, string> {
  const read = readYaml(yaml, new LineCounter(), { logLevel: 'silent', uniqueKeys: false });
  if (!read.ok || read.doc.errors.length > 0) return err('The clipboard does not hold valid YAML.');
  const root = read.doc.contents;
  let text = yaml;
  if (isSeq(root)) {
    text = `nodes:\n${yaml
      .split('\n')
      .map((l) => ` ${l}`)
      .join('\n')}`;
  } else if (isMap(root) && root.get('nodes') === undefined && root.get('id') !== undefined) {
    text = `nodes:\n${yaml
      .split('\n')
      .map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`))
      .join('\n')}`;
  }
  const opened = openSource(text);
  if (!opened.ok) return err('The clipboard does not hold workflow nodes.');
  return ok(readWorkflow(opened.value));
}

/** `node.paste`: appends the nodes of a `copyNodes` fragment (and edges among them). */
export function pasteNodes(
  wf: Workflow,
  cs: ChangeSet,
  yaml: string,
  offset: XY = DEFAULT_COPY_OFFSET,
): Result<string[], string> {
  const fragment = openFragment(yaml);
  if (!fragment.ok) return fragment;
  const source = fragment.value;
  const nodes = [...source.byId.values()].sort((a, b) => a.index - b.index);
  if (nodes.length === 0 || source.nodes === undefined) {
    return err('The clipboard holds no nodes to paste.');
  }
  const rename = freshIds(nodes, takenIds(wf));
  addToList(
    wf,
    cs,
    'nodes',
    nodes.map((node) => nodeItem(source, node, rename.get(node.id) ?? node.id)),
  );
  addToList(wf, cs, 'edges', edgesAmong(source, rename));
  setPositions(wf, cs, copiedPins(source, rename, offset));
  return ok([...rename.values()]);
}

/**
 * A YAML fragment for the clipboard: the nodes named by `ids` (in document order, text and
 * comments as written), the edges among them and their pins, as a small workflow-shaped
 * mapping `nodes: … edges: … x-layout: …`. `''` when the text does not parse or no id exists.
 * Pure; never throws.
 *
 * @example
 * copyNodes(text, ['canary_10']) // 'nodes:\n  - id: canary_10\n    type: cli\n…'
 */
export function copyNodes(text: string, ids: readonly string[]): string {
  try {
    const opened = openSource(text);
    if (!opened.ok) return '';
    const wf = readWorkflow(opened.value);
    const nodes = selected(wf, ids);
    if (nodes.length === 0) return '';
    const same = new Map(nodes.map((n) => [n.id, n.id]));
    const out = ['nodes:', ...nodes.flatMap((n) => indentLines(nodeItem(wf, n, n.id).lines, 2))];
    const edges = edgesAmong(wf, same);
    if (edges.length > 0) out.push('edges:', ...edges.flatMap((e) => indentLines(e.lines, 2)));
    const pins = copiedPins(wf, same, { x: 0, y: 0 });
    if (pins.size > 0) {
      out.push('x-layout:', '  nodes:');
      for (const [id, p] of pins) out.push(`    ${renderKey(id, false)}: ${renderFlow(xy(p))}`);
    }
    return `${out.join('\n')}\n`;
  } catch {
    return '';
  }
}
