/**
 * `node.add`: a node from the palette, appended to `nodes` in the style of the other nodes, with
 * a fresh id `<type>_1`, `<type>_2`, … and an optional pin. Internal to `edits/`; pure.
 */
import { isMap } from 'yaml';
import { err, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import type { XY } from '../types';
import type { ChangeSet } from './changes';
import { idBase, numberedId } from './ids';
import { setPositions } from './layoutOps';
import { addToList, targetLayout } from './listOps';
import { blockItemLines, newMap, renderFlow } from './newValues';
import type { NewEntry } from './newValues';
import { invalidNewId } from './nodeOps';
import { takenIds } from './workflow';
import type { Workflow } from './workflow';

/** What a new node is made of. */
export interface NewNode {
  readonly nodeType: string;
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  readonly position?: XY | undefined;
}

/** `node.add`: appends the node; returns its id. */
export function addNode(wf: Workflow, cs: ChangeSet, node: NewNode): Result<string, string> {
  const type = node.nodeType.trim();
  if (type === '') return err('A new node needs a type.');
  const id = node.id ?? numberedId(idBase(type), takenIds(wf));
  const invalid = invalidNewId(wf, id);
  if (invalid !== undefined) return err(invalid);
  if (node.position && (!Number.isFinite(node.position.x) || !Number.isFinite(node.position.y))) {
    return err('The position of a new node must be a pair of finite numbers.');
  }
  const entries: NewEntry[] = [
    ['id', id],
    ['type', type],
  ];
  const name = node.name?.trim();
  if (name !== undefined && name !== '') entries.push(['name', name]);
  const layout = targetLayout(wf, 'nodes');
  const last = wf.nodes?.items[wf.nodes.items.length - 1];
  const flowItems = isMap(last) && last.flow === true;
  const padding = flowItems ? wf.src.text.charAt((last.range?.[0] ?? 0) + 1) === ' ' : true;
  const flow = renderFlow(newMap(entries), padding);
  const lines = flowItems
    ? [`-${' '.repeat(layout.keyOffset - 1)}${flow}`]
    : blockItemLines(newMap(entries), 0, { ...wf.src.style, keyOffset: layout.keyOffset });
  addToList(wf, cs, 'nodes', [{ lines, flow }]);
  if (node.position !== undefined) setPositions(wf, cs, new Map([[id, node.position]]));
  return ok(id);
}
