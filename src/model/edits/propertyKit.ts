/**
 * Property-test harness for `edits/`: random sequences of edit operations drawn against the
 * current document, applied one by one, each checked for well-formed minimal changes, a parse
 * without new errors, a model that reflects the edit, untouched lines byte-identical, touched
 * lines inside the region the edit may change, and no lost comment outside deleted parts.
 * Used by the tests only.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseWorkflow } from '../parse';
import type { ParseResult, SourceRange, WorkflowGraph, WorkflowNode } from '../types';
import { applyEdit } from './applyEdit';
import { copyNodes } from './copy';
import { isValidId } from './ids';
import { checkChanges, commentsOf } from './testkit';
import type { EdgeField, EditOp, FieldValue, NodeField } from './types';

type EdgeFieldName = EdgeField;

const KINDS = [
  'node.move',
  'layout.reset',
  'layout.direction',
  'edge.add',
  'edge.reconnect',
  'edge.remove',
  'edge.set',
  'node.remove',
  'node.duplicate',
  'node.paste',
  'node.add',
  'node.rename',
  'node.set',
] as const;

/** The random part of one operation; made concrete against the document it is applied to. */
export interface OpSeed {
  readonly kind: (typeof KINDS)[number];
  readonly a: number;
  readonly b: number;
  readonly x: number;
  readonly y: number;
  readonly pick: number;
}

/** Seeds for one operation; `kinds` restricts the operation types. */
export function opSeed(kinds: readonly (typeof KINDS)[number][] = KINDS): fc.Arbitrary<OpSeed> {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    a: fc.nat(1000),
    b: fc.nat(1000),
    x: fc.integer({ min: -3000, max: 3000 }),
    y: fc.double({ min: -3000, max: 3000, noNaN: true }),
    pick: fc.nat(1000),
  });
}

const TEXTS = [
  'Deploy',
  'Deploy: prod',
  'x # y',
  "it's",
  '"q"',
  'multi\nline',
  'ends with break\n',
  '',
  '漢字 名前',
  '1.0',
  'yes',
  '- dash',
  '{a}',
  'a, b',
];
const NODE_FIELDS: readonly NodeField[] = [
  'name',
  'purpose',
  'description',
  'subtype',
  'type',
  'timeout_sec',
  'retry_policy.max_retries',
  'runtime.command',
  'runtime.model',
  'inputs',
  'outputs',
];
const EDGE_FIELDS: readonly EdgeFieldName[] = [
  'mode',
  'condition',
  'label',
  'join_mode',
  'join_count',
];

const at = <T>(list: readonly T[], n: number): T => {
  if (list.length === 0) throw new Error('empty list');
  return list[n % list.length] as T;
};

/** A value for `field` of `node`, drawn from `s`. */
function nodeSetValue(node: WorkflowNode, field: NodeField, s: OpSeed): FieldValue {
  if (field === 'timeout_sec') return at([0, 30, '45', undefined], s.pick);
  if (field === 'retry_policy.max_retries') return at([0, 3, undefined], s.pick);
  if (field === 'type') return at(['cli', 'agent', 'db', 'x-custom'], s.pick);
  if (field === 'inputs' || field === 'outputs') {
    const existing = node[field].map((io) => io.name);
    const pool = [...new Set([...existing, 'report', 'a', 'b'])];
    return pool.filter((_, i) => ((s.pick >> i) & 1) === 1);
  }
  return at(TEXTS, s.pick);
}

function nodeSetOp(graph: WorkflowGraph, s: OpSeed): EditOp {
  const node = at(graph.nodes, s.a);
  const field = at(NODE_FIELDS, s.b);
  return { type: 'node.set', id: node.id, field, value: nodeSetValue(node, field, s) };
}

function edgeSetOp(graph: WorkflowGraph, s: OpSeed): EditOp | undefined {
  if (graph.edges.length === 0) return undefined;
  const edge = at(graph.edges, s.a);
  const ref = { index: edge.index, from: edge.from, to: edge.to };
  const field = at(EDGE_FIELDS, s.b);
  const values: Record<EdgeFieldName, readonly (string | number)[]> = {
    mode: ['sequential', 'conditional', 'parallel', 'fallback', ''],
    condition: TEXTS,
    label: TEXTS,
    join_mode: ['wait_all', 'wait_any', ''],
    join_count: [1, 2, '3', ''],
  };
  return { type: 'edge.set', edge: ref, field, value: at(values[field], s.pick) };
}

/** The concrete operation for `seed` against `graph` (undefined when it does not apply). */
export function concreteOp(text: string, graph: WorkflowGraph, s: OpSeed): EditOp | undefined {
  const nodes = graph.nodes;
  if (nodes.length === 0 && s.kind !== 'node.add') return undefined;
  const node = nodes.length > 0 ? at(nodes, s.a) : undefined;
  const other = nodes.length > 0 ? at(nodes, s.b) : undefined;
  const edge = graph.edges.length > 0 ? at(graph.edges, s.a) : undefined;
  const ref = edge && { index: edge.index, from: edge.from, to: edge.to };
  switch (s.kind) {
    case 'node.move':
      return node && { type: 'node.move', moves: [{ id: node.id, position: { x: s.x, y: s.y } }] };
    case 'layout.reset':
      return { type: 'layout.reset' };
    case 'layout.direction':
      return { type: 'layout.direction', direction: s.b % 2 === 0 ? 'RIGHT' : 'DOWN' };
    case 'edge.add':
      return node && other && { type: 'edge.add', from: node.id, to: other.id };
    case 'edge.reconnect':
      return (
        ref &&
        other && {
          type: 'edge.reconnect',
          edge: ref,
          ...(s.pick % 2 === 0 ? { from: other.id } : { to: other.id }),
        }
      );
    case 'edge.remove':
      return ref && { type: 'edge.remove', edges: [ref] };
    case 'edge.set':
      return edgeSetOp(graph, s);
    case 'node.remove':
      return node && { type: 'node.remove', ids: [node.id] };
    case 'node.duplicate':
      return (
        node &&
        other && { type: 'node.duplicate', ids: s.pick % 2 === 0 ? [node.id] : [node.id, other.id] }
      );
    case 'node.paste':
      return node && other && { type: 'node.paste', yaml: copyNodes(text, [node.id, other.id]) };
    case 'node.add':
      return {
        type: 'node.add',
        nodeType: at(['cli', 'agent', 'my type', 'db'], s.pick),
        ...(s.b % 2 === 0 ? { position: { x: s.x, y: s.y } } : {}),
      };
    case 'node.rename':
      return (
        node && {
          type: 'node.rename',
          id: node.id,
          newId: s.pick % 5 === 0 && other ? other.id : `${node.id}_r${s.b % 50}`,
        }
      );
    case 'node.set':
      return nodeSetOp(graph, s);
  }
}

// ---- checks ---------------------------------------------------------------------------------

const isQuiet = (line: string | undefined): boolean =>
  line !== undefined && (line.trim() === '' || line.trimStart().startsWith('#'));

/** Lines (0-based) of an element, widened over the comment and blank lines around it. */
function region(lines: readonly string[], range: SourceRange): number[] {
  let start = range.line - 1;
  let end = range.endLine - 1;
  while (start > 0 && isQuiet(lines[start - 1])) start--;
  while (end + 1 < lines.length && isQuiet(lines[end + 1])) end++;
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** Lines of the top-level `key:` entry (block documents), with the comments above it. */
function topLevelRegion(lines: readonly string[], key: string): number[] {
  const first = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (first < 0) return [];
  let start = first;
  while (start > 0 && isQuiet(lines[start - 1])) start--;
  let end = first;
  while (end + 1 < lines.length && !/^[^\s#]/.test(lines[end + 1] ?? '')) end++;
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** Switch targets written on an edge, whatever its mode (`cases` list or map, `default_to`). */
function rawTargets(raw: Readonly<Record<string, unknown>>): string[] {
  const cases = raw['cases'];
  const entries: unknown[] = Array.isArray(cases)
    ? cases.map((c: unknown) =>
        typeof c === 'object' && c !== null ? (c as Record<string, unknown>)['to'] : undefined,
      )
    : typeof cases === 'object' && cases !== null
      ? Object.values(cases)
      : [];
  return [...entries, raw['default_to']].map((v) => String(v));
}

/** Lines the edit may touch, or undefined when any may be (flow documents, renames). */
function allowedLines(text: string, graph: WorkflowGraph, op: EditOp): Set<number> | undefined {
  const lines = text.split('\n');
  if (!/^nodes:/m.test(text)) return undefined;
  const keyLines = ['nodes', 'edges'].map((k) => lines.findIndex((l) => l.startsWith(`${k}:`)));
  const allowed = new Set<number>(keyLines.filter((l) => l >= 0));
  const add = (ls: readonly number[]): void => ls.forEach((l) => allowed.add(l));
  const edgeAt = (index: number) => graph.edges.find((e) => e.index === index);
  switch (op.type) {
    case 'node.move':
    case 'layout.reset':
    case 'layout.direction':
      add(topLevelRegion(lines, 'x-layout'));
      break;
    case 'edge.reconnect':
    case 'edge.set': {
      const edge = edgeAt(op.edge.index);
      if (edge) add(region(lines, edge.range));
      break;
    }
    case 'edge.remove':
      for (const ref of op.edges) {
        const edge = edgeAt(ref.index);
        if (edge) add(region(lines, edge.range));
      }
      break;
    case 'node.set':
      for (const n of graph.nodes) if (n.id === op.id) add(region(lines, n.range));
      break;
    case 'node.remove': {
      const ids = new Set(op.ids);
      for (const n of graph.nodes) if (ids.has(n.id)) add(region(lines, n.range));
      for (const e of graph.edges) {
        const names = [e.from, e.to, ...rawTargets(e.raw)];
        if (names.some((n) => ids.has(n))) add(region(lines, e.range));
      }
      add(topLevelRegion(lines, 'x-layout'));
      break;
    }
    case 'node.rename':
      return undefined;
    case 'edge.add':
    case 'node.add':
    case 'node.duplicate':
    case 'node.paste':
      break;
  }
  return allowed;
}

/** How often each comment text occurs. */
function countComments(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of commentsOf(text)) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  return counts;
}

/** Comment texts that `after` has fewer of than `before`. */
function lostComments(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): string[] {
  const lost: string[] = [];
  for (const [source, n] of before) {
    if ((after.get(source) ?? 0) < n) lost.push(source);
  }
  return lost;
}

const errors = (parsed: ParseResult): number =>
  parsed.diagnostics.filter((d) => d.severity === 'error').length;

const REMOVING: ReadonlySet<EditOp['type']> = new Set([
  'node.remove',
  'edge.remove',
  'layout.reset',
  'node.set',
  'edge.set',
]);

/** Checks that the model of the new text reflects `op`. */
function checkModel(
  before: WorkflowGraph,
  after: WorkflowGraph,
  op: EditOp,
  newIds: readonly string[],
): void {
  const ids = after.nodes.map((n) => n.id);
  switch (op.type) {
    case 'node.move':
      for (const m of op.moves) {
        expect(after.layout.pinned[m.id]).toEqual({
          x: Math.round(m.position.x) || 0,
          y: Math.round(m.position.y) || 0,
        });
      }
      break;
    case 'layout.reset':
      expect(after.layout.pinned).toEqual({});
      break;
    case 'layout.direction':
      expect(after.layout.direction ?? 'DOWN').toBe(op.direction);
      break;
    case 'edge.add':
      expect(after.edges.at(-1)).toMatchObject({ from: op.from, to: op.to });
      expect(after.edges).toHaveLength(before.edges.length + 1);
      break;
    case 'edge.reconnect': {
      const edge = after.edges.find((e) => e.index === op.edge.index);
      expect(edge).toMatchObject({
        ...(op.from ? { from: op.from } : {}),
        ...(op.to ? { to: op.to } : {}),
      });
      break;
    }
    case 'edge.remove':
      expect(after.edges).toHaveLength(before.edges.length - op.edges.length);
      break;
    case 'edge.set': {
      const edge = after.edges.find((e) => e.index === op.edge.index);
      const value = typeof op.value === 'string' ? op.value.trim() : op.value;
      if (op.field === 'condition') {
        expect(edge?.condition?.trim()).toBe(value === '' ? undefined : value);
      } else if (op.field === 'label') {
        expect(edge?.label).toBe(value === '' ? undefined : value);
      } else if (op.field === 'mode') {
        expect(edge?.mode).toBe(value === '' ? 'sequential' : value);
      }
      break;
    }
    case 'node.remove':
      for (const id of op.ids) {
        expect(ids).not.toContain(id);
        expect(after.layout.pinned[id]).toBeUndefined();
        expect(after.edges.some((e) => e.from === id || e.to === id || e.defaultTo === id)).toBe(
          false,
        );
        expect(after.edges.some((e) => e.cases.some((c) => c.to === id))).toBe(false);
      }
      break;
    case 'node.duplicate':
    case 'node.paste':
    case 'node.add':
      expect(newIds.length).toBeGreaterThan(0);
      for (const id of newIds) expect(ids).toContain(id);
      expect(after.nodes).toHaveLength(before.nodes.length + newIds.length);
      break;
    case 'node.rename':
      if (op.newId === op.id) break;
      expect(ids).toContain(op.newId);
      expect(ids).not.toContain(op.id);
      expect(
        JSON.stringify(after.edges.map((e) => [e.from, e.to, e.defaultTo, e.cases])),
      ).not.toContain(`"${op.id}"`);
      expect(Object.keys(after.layout.pinned)).not.toContain(op.id);
      expect(after.edges).toHaveLength(before.edges.length);
      break;
    case 'node.set':
      checkNodeSet(after, op);
      break;
  }
}

function checkNodeSet(after: WorkflowGraph, op: Extract<EditOp, { type: 'node.set' }>): void {
  const node = after.nodes.find((n) => n.id === op.id);
  expect(node).toBeDefined();
  if (node === undefined) return;
  const { field, value } = op;
  const empty = value === undefined || value === null || value === '';
  if (field === 'name' || field === 'purpose' || field === 'description') {
    expect(node[field]).toBe(empty ? undefined : value);
  } else if (field === 'type') {
    expect(node.type).toBe(value);
  } else if (field === 'timeout_sec' && !empty) {
    expect(node.timeoutSec).toBe(Number(value));
  } else if (field === 'runtime.command' && !empty) {
    expect(node.runtime['command']).toBe(value);
  } else if ((field === 'inputs' || field === 'outputs') && Array.isArray(value)) {
    const names = node[field].map((io) => io.name);
    expect(names.sort()).toEqual([...(value as readonly string[])].sort());
  }
}

/** Why `op` may be refused against `graph`, or undefined when it must succeed. */
function expectedRefusal(graph: WorkflowGraph, op: EditOp): RegExp | undefined {
  if (op.type === 'node.rename') {
    if (op.newId !== op.id && graph.nodes.some((n) => n.id === op.newId)) return /already a node/;
    if (!isValidId(op.newId)) return /not a valid node id|cannot be empty|at most/;
  }
  if (op.type === 'node.paste' && op.yaml === '') return /no nodes|valid YAML/;
  return undefined;
}

/** A document under test, with its parse and comments. */
export interface DocState {
  readonly text: string;
  readonly parsed: ParseResult;
  readonly comments: ReadonlyMap<string, number>;
}

/** The state of `text`. */
export function docState(text: string): DocState {
  return { text, parsed: parseWorkflow(text), comments: countComments(text) };
}

/** Applies `op` to `state` and checks everything; returns the next state. */
export function step(state: DocState, op: EditOp): DocState {
  const before = state.parsed.graph;
  if (before === null) throw new Error('the document must parse');
  const result = applyEdit(state.text, op);
  const refusal = expectedRefusal(before, op);
  if (refusal !== undefined) {
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(refusal);
    return state;
  }
  if (!result.ok) expect.fail(`${op.type} refused: ${result.error}`);
  const touched = checkChanges(state.text, result.text, result.changes);
  const next = docState(result.text);
  const after = next.parsed.graph;
  expect(after).not.toBeNull();
  if (after === null) return state;
  expect(errors(next.parsed)).toBeLessThanOrEqual(errors(state.parsed));
  checkModel(before, after, op, result.newIds ?? []);
  const allowed = allowedLines(state.text, before, op);
  if (allowed !== undefined) {
    for (const line of touched)
      expect(allowed, `line ${line + 1} touched by ${op.type}`).toContain(line);
  }
  if (op.type === 'node.rename') {
    const lines = state.text.split('\n');
    for (const line of touched) expect(lines[line]).toContain(op.id);
  }
  if (!REMOVING.has(op.type)) expect(lostComments(state.comments, next.comments)).toEqual([]);
  return next;
}

/** Runs the operations drawn from `seeds` against `text`, checking each. */
export function runSeeds(text: string, seeds: readonly OpSeed[]): void {
  let state = docState(text);
  for (const seed of seeds) {
    const graph = state.parsed.graph;
    if (graph === null) return;
    const op = concreteOp(state.text, graph, seed);
    if (op !== undefined) state = step(state, op);
  }
}
