/**
 * Edge edits: add (in the style of the existing edges), reconnect, remove, set a field.
 * Internal to `edits/`; pure.
 */
import { Scalar } from 'yaml';
import type { YAMLMap } from 'yaml';
import { err, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import { findPair, keyText, scalarAt } from './ast';
import type { ChangeSet } from './changes';
import { removeItems, removePairs } from './collections';
import { addToList, targetLayout } from './listOps';
import { renderScalar } from './scalars';
import type { ScalarValue } from './scalars';
import { deleteIn, setIn } from './setIn';
import type { EdgeField, EdgeRef, FieldValue } from './types';
import { edgeEntries, findEdge, findNode } from './workflow';
import type { Workflow } from './workflow';

type Done = Result<undefined, string>;
const DONE: Done = ok(undefined);

const EDGE_KEYS = ['from', 'to', 'mode'] as const;
type EdgeKey = (typeof EDGE_KEYS)[number];

/** How the existing edges are written: key order, quoting, flow maps and their padding. */
interface EdgeTemplate {
  readonly keys: readonly EdgeKey[];
  readonly quote: Partial<Record<EdgeKey, Scalar.Type>>;
  readonly flowMap: boolean;
  readonly padding: boolean;
}

const DEFAULT_TEMPLATE: EdgeTemplate = {
  keys: EDGE_KEYS,
  quote: {},
  flowMap: false,
  padding: true,
};

function templateOf(wf: Workflow): EdgeTemplate {
  const entries = edgeEntries(wf);
  const last = entries[entries.length - 1]?.map;
  if (last === undefined) return DEFAULT_TEMPLATE;
  const keys = last.items
    .map((p) => keyText(p))
    .filter((k): k is EdgeKey => k === 'from' || k === 'to' || k === 'mode');
  const quote: Partial<Record<EdgeKey, Scalar.Type>> = {};
  for (const key of EDGE_KEYS) {
    const type = scalarAt(last, key)?.type;
    if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) quote[key] = type;
  }
  const flowMap = last.flow === true;
  const source = flowMap ? wf.src.text.slice(last.range?.[0] ?? 0, (last.range?.[0] ?? 0) + 2) : '';
  return {
    keys: keys.includes('from') && keys.includes('to') ? keys : EDGE_KEYS,
    quote,
    flowMap,
    padding: !flowMap || source === '{ ',
  };
}

/** The key a new condition goes to: `condition` if the document's edges use it more, else `when`. */
function conditionKey(wf: Workflow): 'when' | 'condition' {
  let when = 0;
  let condition = 0;
  for (const { map } of edgeEntries(wf)) {
    if (findPair(map, 'when') !== undefined) when++;
    if (findPair(map, 'condition') !== undefined) condition++;
  }
  return condition > when ? 'condition' : 'when';
}

/** `edge.add`: appends `from → to` (mode default `sequential`) in the style of the other edges. */
export function addEdge(
  wf: Workflow,
  cs: ChangeSet,
  from: string,
  to: string,
  mode = 'sequential',
): Done {
  for (const id of [from, to]) {
    const found = findNode(wf, id);
    if (!found.ok) return found;
  }
  const t = templateOf(wf);
  const values: Record<EdgeKey, string> = { from, to, mode: mode.trim() || 'sequential' };
  const keys =
    t.keys.includes('mode') || values.mode === 'sequential' ? t.keys : [...t.keys, 'mode' as const];
  const layout = targetLayout(wf, 'edges');
  const inFlow = t.flowMap || layout.flow;
  const parts = keys.map((k) => `${k}: ${renderScalar(values[k], { inFlow, like: t.quote[k] })}`);
  const flow = t.padding ? `{ ${parts.join(', ')} }` : `{${parts.join(', ')}}`;
  const offset = ' '.repeat(layout.keyOffset - 1);
  const lines = t.flowMap
    ? [`-${offset}${flow}`]
    : parts.map((p, i) => (i === 0 ? `-${offset}${p}` : `${' '.repeat(layout.keyOffset)}${p}`));
  addToList(wf, cs, 'edges', [{ lines, flow }]);
  return DONE;
}

/** `edge.reconnect`: sets the edge's `from` and/or `to`. */
export function reconnectEdge(
  wf: Workflow,
  cs: ChangeSet,
  ref: EdgeRef,
  from: string | undefined,
  to: string | undefined,
): Done {
  const edge = findEdge(wf, ref);
  if (!edge.ok) return edge;
  for (const [key, id] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (id === undefined) continue;
    const found = findNode(wf, id);
    if (!found.ok) return found;
    setIn(wf.src, cs, edge.value.map, [key], id);
  }
  return DONE;
}

/** `edge.remove`: removes edge entries (attached comments included). */
export function removeEdges(wf: Workflow, cs: ChangeSet, refs: readonly EdgeRef[]): Done {
  const indices = new Set<number>();
  for (const ref of refs) {
    const edge = findEdge(wf, ref);
    if (!edge.ok) return edge;
    indices.add(edge.value.index);
  }
  if (wf.edges !== undefined) removeItems(wf.src, cs, wf.edges, indices, wf.edgesPair);
  return DONE;
}

/** A field value as a scalar to write, `undefined` to remove, or an error. */
export function scalarField(
  field: string,
  value: FieldValue,
): Result<ScalarValue | undefined, string> {
  if (value === undefined || value === null) return ok(undefined);
  if (typeof value === 'string') return ok(value.trim() === '' ? undefined : value);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? ok(value) : err(`\`${field}\` must be a finite number.`);
  }
  if (typeof value === 'boolean') return ok(value);
  return err(`\`${field}\` takes one value, not a list.`);
}

/** A whole number ≥ `min` (numeric text accepted), `undefined` to remove, or an error. */
export function countField(
  field: string,
  value: FieldValue,
  min: number,
): Result<number | undefined, string> {
  const scalar = scalarField(field, value);
  if (!scalar.ok) return scalar;
  if (scalar.value === undefined) return ok(undefined);
  const n = typeof scalar.value === 'string' ? Number(scalar.value.trim()) : scalar.value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min) {
    return err(`\`${field}\` must be a number of at least ${min}.`);
  }
  return ok(n);
}

function setCondition(
  wf: Workflow,
  cs: ChangeSet,
  map: YAMLMap,
  value: ScalarValue | undefined,
): void {
  const present = map.items.filter((p) => keyText(p) === 'when' || keyText(p) === 'condition');
  if (value === undefined) {
    if (present.length > 0) removePairs(wf.src, cs, map, present);
    return;
  }
  const key =
    findPair(map, 'when') !== undefined
      ? 'when'
      : findPair(map, 'condition') !== undefined
        ? 'condition'
        : conditionKey(wf);
  setIn(wf.src, cs, map, [key], value);
}

/**
 * `edge.set`: sets or removes one field. A condition goes to the key the edge already uses;
 * a new one to `condition` when the document's edges use it more than `when`, else `when`.
 */
export function setEdgeField(
  wf: Workflow,
  cs: ChangeSet,
  ref: EdgeRef,
  field: EdgeField,
  value: FieldValue,
): Done {
  const edge = findEdge(wf, ref);
  if (!edge.ok) return edge;
  const map = edge.value.map;
  const parsed = field === 'join_count' ? countField(field, value, 1) : scalarField(field, value);
  if (!parsed.ok) return parsed;
  if (field === 'condition') {
    setCondition(wf, cs, map, parsed.value);
    return DONE;
  }
  if (parsed.value === undefined) deleteIn(wf.src, cs, map, [field]);
  else setIn(wf.src, cs, map, [field], parsed.value);
  return DONE;
}
