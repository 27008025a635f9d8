/**
 * Source map helpers: offsets ↔ line/column, and which graph element sits at an offset
 * (for editor ↔ canvas selection). Pure; no DOM.
 */
import { LineCounter } from 'yaml';
import type { SourceRange, WorkflowEdge, WorkflowGraph, WorkflowNode } from './types';

/** A 1-based line/column position. */
export interface LineCol {
  readonly line: number;
  readonly col: number;
}

/** A `LineCounter` filled with the line starts of `text` (what `parseDocument` would record). */
export function lineCounterFor(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

/** The 1-based line/column of a UTF-16 offset. Never returns line 0. */
export function lineColAt(lineCounter: LineCounter, offset: number): LineCol {
  const { line, col } = lineCounter.linePos(Math.max(0, offset));
  return line < 1 ? { line: 1, col: offset + 1 } : { line, col };
}

/**
 * The UTF-16 offset of a 1-based line/column in a text described by `lineCounter`, clamped to
 * the known lines (columns are not clamped to the line's length).
 */
export function offsetAt(lineCounter: LineCounter, line: number, col: number): number {
  const starts = lineCounter.lineStarts;
  const index = Math.min(Math.max(line, 1), Math.max(starts.length, 1)) - 1;
  return (starts[index] ?? 0) + Math.max(col, 1) - 1;
}

/** A `SourceRange` for the offsets `[start, end)`. */
export function makeRange(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const from = lineColAt(lineCounter, start);
  const to = lineColAt(lineCounter, Math.max(start, end));
  return {
    start,
    end: Math.max(start, end),
    line: from.line,
    col: from.col,
    endLine: to.line,
    endCol: to.col,
  };
}

/** The range at the very start of the text (for diagnostics about the whole file). */
export const START_RANGE: SourceRange = {
  start: 0,
  end: 0,
  line: 1,
  col: 1,
  endLine: 1,
  endCol: 1,
};

/** A graph element found at a source offset. */
export type SourceElement =
  | { readonly kind: 'node'; readonly node: WorkflowNode }
  | { readonly kind: 'edge'; readonly edge: WorkflowEdge };

const contains = (r: SourceRange, offset: number): boolean => r.start <= offset && offset <= r.end;
const span = (r: SourceRange): number => r.end - r.start;

/**
 * The node or edge whose source range contains `offset` (inclusive of the end, so a cursor just
 * after the last character still selects it); the innermost (shortest) one if several do.
 * `undefined` when the offset is outside every node and edge. Pure; O(nodes + edges).
 */
export function elementAt(graph: WorkflowGraph, offset: number): SourceElement | undefined {
  let best: SourceElement | undefined;
  let bestSpan = Infinity;
  for (const node of graph.nodes) {
    if (contains(node.range, offset) && span(node.range) < bestSpan) {
      best = { kind: 'node', node };
      bestSpan = span(node.range);
    }
  }
  for (const edge of graph.edges) {
    if (contains(edge.range, offset) && span(edge.range) < bestSpan) {
      best = { kind: 'edge', edge };
      bestSpan = span(edge.range);
    }
  }
  return best;
}
