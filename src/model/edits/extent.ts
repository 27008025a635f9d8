/**
 * Where a block list item or block mapping entry sits in the text, as whole lines: its own
 * lines, the comment lines directly above it indented like it (they go with it), and comment
 * lines below it indented deeper (they are inside it). Internal to `edits/`; pure.
 */
import { trimEnd } from './lines';
import type { Source } from './source';

/** Whole lines `[start, end)` of one entry, attached comments included. */
export interface Extent {
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** Column of the entry's indicator (`-` or key). */
  readonly col: number;
}

/**
 * The extent of the entry whose indicator (`-` or key) is at `anchor` and whose content ends at
 * `contentEnd` (trailing whitespace ignored).
 */
export function blockExtent(src: Source, anchor: number, contentEnd: number): Extent {
  const { lines } = src;
  const col = lines.col(anchor);
  let first = lines.lineOf(anchor);
  while (first > 0 && lines.isComment(first - 1) && lines.indent(first - 1) === col) first--;
  let last = lines.lineOf(Math.max(anchor, trimEnd(src.text, contentEnd, anchor) - 1));
  for (let l = last + 1; l < lines.count; l++) {
    if (lines.isBlank(l)) continue;
    if (lines.isComment(l) && lines.indent(l) > col) {
      last = l;
      continue;
    }
    break;
  }
  return {
    start: lines.start(first),
    end: lines.next(last),
    firstLine: first,
    lastLine: last,
    col,
  };
}

/**
 * The range to delete for an extent: its lines, plus the blank line above when blank lines
 * surround it, or the blank lines below when it is the first of blank-separated siblings (so
 * removing one of several blank-separated entries leaves the others separated as before).
 */
export function removalRange(src: Source, ext: Extent): [number, number] {
  const { lines } = src;
  const blankBefore = ext.firstLine > 0 && lines.isBlank(ext.firstLine - 1);
  let after = ext.lastLine + 1;
  const blankAfter = after >= lines.count || lines.isBlank(after);
  if (blankBefore && blankAfter) return [lines.start(ext.firstLine - 1), ext.end];
  if (!blankAfter) return [ext.start, ext.end];
  while (after < lines.count && lines.isBlank(after)) after++;
  const sibling = after < lines.count && lines.indent(after) === ext.col;
  return [ext.start, sibling ? lines.start(after) : ext.end];
}

/** An extent with its entry's position in the collection. */
export interface IndexedExtent {
  readonly index: number;
  readonly ext: Extent;
}

/**
 * The ranges that remove entries (given in collection order): neighbouring removed entries
 * separated only by blank lines are removed as one block, so blank-line handling stays right.
 */
export function groupedRemovals(
  src: Source,
  entries: readonly IndexedExtent[],
): [number, number][] {
  const groups: IndexedExtent[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    let blankGap = last !== undefined && last.index === entry.index - 1;
    for (let l = (last?.ext.lastLine ?? 0) + 1; blankGap && l < entry.ext.firstLine; l++) {
      blankGap = src.lines.isBlank(l);
    }
    if (last !== undefined && blankGap) {
      groups[groups.length - 1] = {
        index: entry.index,
        ext: { ...last.ext, end: entry.ext.end, lastLine: entry.ext.lastLine },
      };
    } else groups.push(entry);
  }
  return groups.map((g) => removalRange(src, g.ext));
}
