/**
 * Block structure for the fast YAML reader: block mappings and sequences (incl. `- key: v`
 * compact mappings), single-line scalars, `|`/`>` block scalars. Ranges follow yaml's composer:
 * a value's `range[2]` runs past its trailing comment and line break, and a collection ends
 * where its last value's node ends. Anything else bails out. Pure.
 */
import { Scalar, YAMLSeq } from 'yaml';
import type { ParsedNode } from 'yaml';
import { lineEnd, lineStartOf, MapBuilder } from './cursor';
import type { Built, Cursor } from './cursor';
import { flowCollection, plainStartOk } from './flow';
import { BAIL, doubleQuoted, plainScalar, quotedScalar, singleQuoted } from './scalars';

/** Implicit keys longer than this are left to yaml (it reports keys over 1024 chars). */
const MAX_KEY_LENGTH = 1000;

function skipSpaces(cursor: Cursor, at: number): number {
  let i = at;
  while (cursor.code(i) === 32) i++;
  return i;
}

/** Whether a `-`, `:` (at `at`) is an indicator: followed by a space, a line break or the end. */
function indicatorAt(cursor: Cursor, at: number): boolean {
  const n = cursor.code(at + 1);
  return n === 32 || n === 10 || at + 1 >= cursor.text.length;
}

const isSeqItem = (cursor: Cursor, at: number): boolean =>
  cursor.code(at) === 45 && indicatorAt(cursor, at);

/**
 * From a line start: skips blank and comment lines. Returns the offset of the next content
 * (its line start in `cursor.lineStart`), or -1 at the end of the text. yaml attaches comment
 * lines indented deeper than what follows them to the node before (changing its range): those
 * bail out, as do comments after the last content unless they start at column 0.
 */
function nextContent(cursor: Cursor, from: number): number {
  const { text } = cursor;
  let p = from;
  let commentIndent = -1;
  while (p < text.length) {
    const i = skipSpaces(cursor, p);
    if (i >= text.length) break;
    const c = cursor.code(i);
    if (c === 10) {
      p = i + 1;
      continue;
    }
    if (c === 35) {
      commentIndent = Math.max(commentIndent, i - p);
      const nl = text.indexOf('\n', i);
      if (nl === -1) break;
      p = nl + 1;
      continue;
    }
    // Document markers (`---`, `...`) are left to yaml.
    if (i === p && (text.startsWith('---', i) || text.startsWith('...', i))) throw BAIL;
    if (commentIndent > i - p) throw BAIL;
    cursor.lineStart = p;
    cursor.skippedComment = commentIndent !== -1;
    return i;
  }
  if (commentIndent > 0) throw BAIL;
  cursor.skippedComment = commentIndent !== -1;
  return -1;
}

/** Where a plain scalar on one line stops: at `: `, at ` #` or at the line end. */
interface PlainScan {
  /** End of the scalar's text (trailing spaces excluded). */
  readonly end: number;
  /** Offset of the `:` indicator after it, or -1. */
  readonly colon: number;
}

/**
 * Up to (not including) the first line break, text end, `:` indicator or ` #` comment: a sticky
 * regex, so that the scan runs in native code even before the reader is compiled (cold start).
 */
const PLAIN_STOP = /[^\n]*?(?=\n|$|:(?:[ \n]|$)| #)/y;

function scanPlain(cursor: Cursor, start: number): PlainScan {
  PLAIN_STOP.lastIndex = start;
  PLAIN_STOP.test(cursor.text);
  const stop = PLAIN_STOP.lastIndex;
  let end = stop;
  while (end > start && cursor.code(end - 1) === 32) end--;
  return { end, colon: cursor.code(stop) === 58 ? stop : -1 };
}

/** The implicit key at `start`; leaves `cursor.pos` just after its `:`. */
function readKey(cursor: Cursor, start: number): Scalar {
  const { text } = cursor;
  const c = cursor.code(start);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(text, start) : singleQuoted(text, start);
    if (cursor.code(q.end) !== 58 || !indicatorAt(cursor, q.end)) throw BAIL;
    if (q.end - start > MAX_KEY_LENGTH) throw BAIL;
    cursor.pos = q.end + 1;
    return quotedScalar(q.value, c === 34, start, q.end, q.end);
  }
  if (!plainStartOk(cursor, start)) throw BAIL;
  const scan = scanPlain(cursor, start);
  // No `:`, a space before it, or an over-long key: left to yaml.
  if (scan.colon === -1 || scan.end !== scan.colon || scan.colon - start > MAX_KEY_LENGTH)
    throw BAIL;
  cursor.pos = scan.colon + 1;
  return plainScalar(text.slice(start, scan.end), start, scan.end, scan.end);
}

function blockMap(cursor: Cursor, start: number, col: number): Built {
  cursor.enter();
  const builder = new MapBuilder(false);
  let at = start;
  let end = start;
  for (;;) {
    const key = readKey(cursor, at);
    builder.checkKey(cursor, key);
    const value = readValue(cursor, cursor.pos, col, false);
    builder.add(key, value);
    end = value.node.range[2];
    const next = nextContent(cursor, cursor.pos);
    if (next === -1 || next - cursor.lineStart < col) break;
    if (next - cursor.lineStart > col) throw BAIL;
    at = next;
  }
  builder.map.range = [start, end, end];
  cursor.leave();
  return { node: builder.map as ParsedNode, js: builder.js };
}

function blockSeq(cursor: Cursor, start: number, col: number): Built {
  cursor.enter();
  const seq = new YAMLSeq<ParsedNode>();
  const js: unknown[] = [];
  let at = start;
  let end = start;
  for (;;) {
    const item = readValue(cursor, at + 1, col, true);
    seq.items.push(item.node);
    js.push(item.js);
    end = item.node.range[2];
    const next = nextContent(cursor, cursor.pos);
    if (next === -1 || next - cursor.lineStart < col) break;
    if (next - cursor.lineStart > col) throw BAIL;
    if (!isSeqItem(cursor, next)) {
      // A sequence at its key's column: yaml gives it the comments before the next key.
      if (cursor.skippedComment) throw BAIL;
      break;
    }
    at = next;
  }
  seq.range = [start, end, end];
  cursor.leave();
  return { node: seq as ParsedNode, js };
}

/** The value after an indicator (`:` or `-`) ending at `at`, in a collection at column `col`. */
function readValue(cursor: Cursor, at: number, col: number, inSeq: boolean): Built {
  const { text } = cursor;
  const i = skipSpaces(cursor, at);
  const c = cursor.code(i);
  if (i >= text.length || c === 10 || c === 35) return nextLineValue(cursor, i, col, inSeq);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(text, i) : singleQuoted(text, i);
    if (cursor.code(q.end) === 58 && indicatorAt(cursor, q.end)) {
      if (!inSeq) throw BAIL;
      return blockMap(cursor, i, i - lineStartOf(text, i));
    }
    const end = lineEnd(cursor, q.end);
    cursor.pos = end;
    return { node: quotedScalar(q.value, c === 34, i, q.end, end) as ParsedNode, js: q.value };
  }
  if (c === 91 || c === 123) {
    const built = flowCollection(cursor, i);
    const end = lineEnd(cursor, cursor.pos);
    built.node.range[2] = end;
    cursor.pos = end;
    return built;
  }
  if (c === 124 || c === 62) return blockScalar(cursor, i, col);
  if (!plainStartOk(cursor, i)) throw BAIL;
  const scan = scanPlain(cursor, i);
  if (scan.colon !== -1) {
    // `- key: value` starts a compact mapping; `key: key2: value` is an error in YAML.
    if (!inSeq) throw BAIL;
    return blockMap(cursor, i, i - lineStartOf(text, i));
  }
  const end = lineEnd(cursor, scan.end);
  cursor.pos = end;
  const scalar = plainScalar(text.slice(i, scan.end), i, scan.end, end);
  return { node: scalar as ParsedNode, js: scalar.value };
}

/** Nothing (but a comment) after the indicator: a collection on the next lines, or empty. */
function nextLineValue(cursor: Cursor, i: number, col: number, inSeq: boolean): Built {
  const { text } = cursor;
  const nl = text.indexOf('\n', i);
  const lineNext = nl === -1 ? text.length : nl + 1;
  const next = nextContent(cursor, lineNext);
  if (next !== -1) {
    const indent = next - cursor.lineStart;
    const seqItem = isSeqItem(cursor, next);
    if (indent > col || (!inSeq && indent === col && seqItem)) {
      return seqItem ? blockSeq(cursor, next, indent) : blockMap(cursor, next, indent);
    }
  }
  // An empty value followed by comments gets a different node end in yaml; left to it.
  if (cursor.code(i) === 35 || cursor.skippedComment) throw BAIL;
  cursor.pos = lineNext;
  const scalar = plainScalar('', i, i, i);
  return { node: scalar as ParsedNode, js: scalar.value };
}

/** Folds block-scalar lines as yaml does for `>` (no more-indented lines: those bailed). */
function fold(lines: readonly string[], from: number): string {
  let value = '';
  let sep = '';
  for (let k = from; k < lines.length; k++) {
    const content = lines[k] ?? '';
    if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
    }
  }
  return value;
}

/** A `|` / `>` block scalar (clip or `-` strip chomping, no indentation indicator). */
function blockScalar(cursor: Cursor, start: number, col: number): Built {
  const { text } = cursor;
  const folded = cursor.code(start) === 62;
  let h = start + 1;
  const strip = cursor.code(h) === 45;
  if (strip) h++;
  h = skipSpaces(cursor, h);
  if (cursor.code(h) !== 10) throw BAIL; // `+`, indentation indicators, comments, end of text
  const lines: string[] = [];
  let contentLines = 0;
  let indent = -1;
  let end = h + 1;
  let p = h + 1;
  while (p < text.length) {
    const found = text.indexOf('\n', p);
    const nl = found === -1 ? text.length : found;
    const s = skipSpaces(cursor, p);
    if (s >= nl) {
      if (s > p) throw BAIL; // lines of spaces only: yaml's rules for them are subtle
      lines.push('');
      p = nl + 1;
      continue;
    }
    const lineIndent = s - p;
    if (indent === -1) {
      if (lineIndent <= col) throw BAIL; // an empty block scalar
      indent = lineIndent;
    } else if (lineIndent < indent) break;
    if (folded && lineIndent > indent) throw BAIL;
    lines.push(text.slice(p + indent, nl));
    contentLines = lines.length;
    end = found === -1 ? text.length : nl + 1;
    p = end;
  }
  if (indent === -1) throw BAIL;
  lines.length = contentLines;
  let lead = 0;
  while (lines[lead] === '') lead++;
  let value = '\n'.repeat(lead) + (folded ? fold(lines, lead) : lines.slice(lead).join('\n'));
  if (!strip) value += '\n';
  cursor.pos = end;
  const scalar = quotedScalar(value, false, start, end, end);
  scalar.type = folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  return { node: scalar as ParsedNode, js: value };
}

/** The document's root mapping (after an optional `---` line); bails on anything else. */
export function readRoot(cursor: Cursor): Built {
  const { text } = cursor;
  let from = 0;
  let first = skipSpaces(cursor, 0);
  // Skip leading blank and comment lines to look for one `---`.
  while (first < text.length && (cursor.code(first) === 10 || cursor.code(first) === 35)) {
    const nl = text.indexOf('\n', first);
    from = nl === -1 ? text.length : nl + 1;
    first = skipSpaces(cursor, from);
  }
  if (first === from && text.startsWith('---', from) && indicatorAt(cursor, from + 2)) {
    from = lineEnd(cursor, from + 3);
  }
  const start = nextContent(cursor, from);
  if (start === -1 || isSeqItem(cursor, start)) throw BAIL;
  const root = blockMap(cursor, start, start - cursor.lineStart);
  if (nextContent(cursor, cursor.pos) !== -1) throw BAIL;
  return root;
}
