/**
 * Collects the text replacements of one edit and hands them out sorted, merged where they touch
 * and without no-ops, in offsets of the original text (what Monaco's `executeEdits` applies).
 * Internal to `edits/`; pure.
 */
import { invariant } from '../../lib/assert';
import type { TextChange } from './types';

interface Pending extends TextChange {
  readonly order: number;
}

/** The replacements of one edit, in original offsets. */
export class ChangeSet {
  private readonly pending: Pending[] = [];
  readonly original: string;

  constructor(original: string) {
    this.original = original;
  }

  /** Replaces `[start, end)` with `text`. */
  replace(start: number, end: number, text: string): void {
    invariant(0 <= start && start <= end && end <= this.original.length, 'change in range');
    this.pending.push({ start, end, text, order: this.pending.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  remove(start: number, end: number): void {
    this.replace(start, end, '');
  }

  get size(): number {
    return this.pending.length;
  }

  /**
   * The changes sorted by offset (insertions at one offset keep the order they were made in),
   * touching ones merged, no-ops dropped. Overlaps are a programmer error.
   */
  finish(): TextChange[] {
    // At one offset, insertions go first (in the order made): inserting before a deleted range
    // and deleting it give the same text either way.
    const sorted = [...this.pending].sort(
      (a, b) =>
        a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.order - b.order,
    );
    const merged: TextChange[] = [];
    for (const c of sorted) {
      const last = merged[merged.length - 1];
      if (last !== undefined && c.start <= last.end) {
        invariant(c.start === last.end, `overlapping changes at ${c.start}`);
        merged[merged.length - 1] = { start: last.start, end: c.end, text: last.text + c.text };
      } else merged.push({ start: c.start, end: c.end, text: c.text });
    }
    return merged.filter((c) => c.text !== this.original.slice(c.start, c.end));
  }
}

/**
 * Applies sorted, non-overlapping changes (in offsets of `text`) to `text`.
 *
 * @example
 * applyChanges('a: 1', [{ start: 3, end: 4, text: '2' }]) // 'a: 2'
 */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += text.slice(at, c.start) + c.text;
    at = c.end;
  }
  return out + text.slice(at);
}
