/**
 * Property-test harness for `edits/`: applies random operations one by one and checks each:
 * well-formed minimal changes, untouched lines byte-identical, a parse without new errors, a
 * model that reflects the edit, touched lines inside the region the edit may change, and no
 * lost comment outside deleted parts. Tests only.
 */
import { expect } from 'vitest';
import { parseWorkflow } from '../parse';
import type { ParseResult, SourceRange, WorkflowGraph } from '../types';
import { applyEdit } from './applyEdit';
import { checkModel, expectedRefusal } from './propertyModel';
import { concreteOp } from './propertyOps';
import type { OpSeed } from './propertyOps';
import { checkChanges, commentsOf } from './testkit';
import type { EditOp } from './types';

export { opSeed } from './propertyOps';
export type { OpSeed } from './propertyOps';

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
