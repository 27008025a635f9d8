/**
 * The smallest single replacement that turns `before` into `after` (common prefix and suffix
 * kept). Used when the editor must mirror a text change that came without its own list of
 * changes (undo/redo, opening a document). Pure.
 */
import type { TextChange } from '@/store/types';

export function minimalChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair: widen the change by one unit on a side that would.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start, end: before.length - suffix, text: after.slice(start, after.length - suffix) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
