/**
 * Test helpers for `edits/`: fixtures, and the checks every successful edit must pass (changes
 * well-formed and reproducing the text, untouched lines byte-identical by a line diff, no new
 * YAML or model errors). Used by the tests only.
 */
import { readFileSync } from 'node:fs';
import { Parser } from 'yaml';
import { expect } from 'vitest';
import { parseWorkflow } from '../parse';
import { applyEdit } from './applyEdit';
import { applyChanges } from './changes';
import type { EditOp, TextChange } from './types';

/** A fixture of `__fixtures__/` as text. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
}

/** `text` with CRLF line breaks. */
export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** `text` with the single occurrence of `from` replaced by `to` (fails if not exactly one). */
export function swap(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" occurs in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, at + 1), `"${from}" occurs once`).toBe(-1);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Start offsets of the lines of `text`, plus the text's length. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Lines of `text` (0-based) a change touches: a replaced character on it, or an insertion
 * strictly inside it. An insertion at a line start leaves that line intact.
 */
export function touchedLines(text: string, changes: readonly TextChange[]): Set<number> {
  const starts = lineStarts(text);
  const touched = new Set<number>();
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    for (const c of changes) {
      const hit =
        c.start === c.end ? c.start > start && c.start < end : c.start < end && c.end > start;
      if (hit) touched.add(i);
    }
  });
  return touched;
}

/**
 * Line-diff check: the runs of consecutive lines of `before` that no change touches (split where
 * lines are inserted) must appear in `after`, byte for byte, in order, each starting a line. Returns the first run that does
 * not (as text), or undefined. Independent of the change offsets.
 */
export function missingUntouchedRun(
  before: string,
  after: string,
  changes: readonly TextChange[],
): string | undefined {
  const touched = touchedLines(before, changes);
  const cuts = new Set(changes.map((c) => c.start));
  const lines = before.split(/(?<=\n)/);
  const runs: string[] = [];
  let run = '';
  let offset = 0;
  lines.forEach((line, i) => {
    if (cuts.has(offset) && run !== '') {
      runs.push(run);
      run = '';
    }
    offset += line.length;
    if (touched.has(i)) {
      if (run !== '') runs.push(run);
      run = '';
    } else run += line;
  });
  if (run !== '') runs.push(run);
  let at = 0;
  for (const r of runs) {
    let found = after.indexOf(r, at);
    while (found > 0 && after.charAt(found - 1) !== '\n') found = after.indexOf(r, found + 1);
    if (found < 0) return r;
    at = found + r.length;
  }
  return undefined;
}

/** Every comment of a YAML text (from its CST), with its offset. */
export function commentsOf(text: string): { offset: number; source: string }[] {
  const found: { offset: number; source: string }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (
      token.type === 'comment' &&
      typeof token.offset === 'number' &&
      typeof token.source === 'string'
    ) {
      found.push({ offset: token.offset, source: token.source });
    }
    for (const v of Object.values(value)) visit(v);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return found.sort((a, b) => a.offset - b.offset);
}

const errorCount = (text: string): number =>
  parseWorkflow(text).diagnostics.filter((d) => d.severity === 'error').length;

/**
 * Changes are sorted, non-overlapping and reproduce `after`; untouched lines are kept (line
 * diff). Returns the touched line indices of `before`.
 */
export function checkChanges(
  before: string,
  after: string,
  changes: readonly TextChange[],
): Set<number> {
  let last = -1;
  for (const c of changes) {
    expect(c.start).toBeGreaterThan(last - 1);
    expect(c.end).toBeGreaterThanOrEqual(c.start);
    last = c.end;
  }
  expect(applyChanges(before, changes)).toBe(after);
  expect(missingUntouchedRun(before, after, changes)).toBeUndefined();
  return touchedLines(before, changes);
}

/** `checkChanges`, plus: the new text has no more model errors than the old one. */
export function checkEdit(
  before: string,
  after: string,
  changes: readonly TextChange[],
): Set<number> {
  const touched = checkChanges(before, after, changes);
  expect(errorCount(after)).toBeLessThanOrEqual(errorCount(before));
  return touched;
}

/** Applies `op`, expects success and passes `checkEdit`; returns the result. */
export function mustEdit(
  text: string,
  op: EditOp,
): {
  text: string;
  changes: readonly TextChange[];
  newIds: readonly string[];
  touched: Set<number>;
} {
  const result = applyEdit(text, op);
  if (!result.ok) expect.fail(`${op.type} failed: ${result.error}`);
  const touched = checkEdit(text, result.text, result.changes);
  return { text: result.text, changes: result.changes, newIds: result.newIds ?? [], touched };
}

/** Applies `op` and expects a refusal whose message matches `message`. */
export function mustRefuse(text: string, op: EditOp, message: RegExp): void {
  const result = applyEdit(text, op);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(message);
}
