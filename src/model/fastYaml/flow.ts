/**
 * Single-line flow collections of scalars for the fast YAML reader: `[a, "b"]` and
 * `{ x: 1, y: 'z' }`. Nested collections, empty entries, trailing commas, `:` in plain scalars,
 * comments and line breaks inside bail out. Pure.
 */
import { YAMLSeq } from 'yaml';
import type { ParsedNode, Scalar } from 'yaml';
import { MapBuilder } from './cursor';
import type { Built, Cursor } from './cursor';
import { BAIL, doubleQuoted, plainScalar, quotedScalar, singleQuoted } from './scalars';

function skipSpaces(cursor: Cursor, at: number): number {
  let i = at;
  while (cursor.code(i) === 32) i++;
  return i;
}

/** Whether a plain scalar in a flow collection may start with this char (conservatively). */
export function plainStartOk(cursor: Cursor, at: number): boolean {
  const c = cursor.code(at);
  if (c === 45) {
    // `-` only before an alphanumeric char (`-1`, `-x`)
    const n = cursor.code(at + 1);
    return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122);
  }
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return !(
    c === 63 ||
    c === 58 ||
    c === 44 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125 ||
    c === 35 ||
    c === 38 ||
    c === 42 ||
    c === 33 ||
    c === 124 ||
    c === 62 ||
    c === 39 ||
    c === 34 ||
    c === 37 ||
    c === 64 ||
    c === 96 ||
    c === 10 ||
    c === 32 ||
    Number.isNaN(c)
  );
}

/** Whether the `:` at `at` ends a plain scalar in a flow collection (space, flow char or end next). */
function flowColon(cursor: Cursor, at: number): boolean {
  const n = cursor.code(at + 1);
  return (
    n === 32 ||
    n === 44 ||
    n === 93 ||
    n === 125 ||
    n === 91 ||
    n === 123 ||
    n === 10 ||
    Number.isNaN(n)
  );
}

/**
 * A scalar inside a flow collection, starting at `at`; leaves `cursor.pos` after it. A key
 * (`isKey`) stops at a `: ` indicator; anywhere else such an indicator bails out.
 */
function flowScalar(cursor: Cursor, at: number, isKey: boolean): Scalar {
  const { text } = cursor;
  const c = cursor.code(at);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(text, at) : singleQuoted(text, at);
    cursor.pos = q.end;
    return quotedScalar(q.value, c === 34, at, q.end, skipSpaces(cursor, q.end));
  }
  if (!plainStartOk(cursor, at)) throw BAIL;
  let end = at;
  let i = at;
  for (; i < text.length; i++) {
    const d = cursor.code(i);
    if (d === 44 || d === 93 || d === 125) break; // , ] }
    if (d === 58 && flowColon(cursor, i)) {
      if (isKey && cursor.code(i + 1) === 32) break;
      throw BAIL;
    }
    // [ { newline, or a comment
    if (d === 91 || d === 123 || d === 10 || (d === 35 && end < i)) throw BAIL;
    if (d !== 32) end = i + 1;
  }
  cursor.pos = end;
  return plainScalar(text.slice(at, end), at, end, i);
}

/** After an entry: `,` (and the next entry) or the closing bracket. Returns true at the close. */
function afterEntry(cursor: Cursor, close: number): boolean {
  const i = skipSpaces(cursor, cursor.pos);
  const c = cursor.code(i);
  if (c === close) {
    cursor.pos = i + 1;
    return true;
  }
  if (c !== 44) throw BAIL;
  const next = skipSpaces(cursor, i + 1);
  if (cursor.code(next) === close) throw BAIL; // trailing comma
  cursor.pos = next;
  return false;
}

function flowSeq(cursor: Cursor, start: number): Built {
  const seq = new YAMLSeq<ParsedNode>();
  seq.flow = true;
  const js: unknown[] = [];
  cursor.pos = skipSpaces(cursor, start + 1);
  let done = cursor.code(cursor.pos) === 93;
  if (done) cursor.pos++;
  while (!done) {
    const item = flowScalar(cursor, cursor.pos, false);
    seq.items.push(item as ParsedNode);
    js.push(item.value);
    done = afterEntry(cursor, 93);
  }
  seq.range = [start, cursor.pos, cursor.pos];
  return { node: seq as ParsedNode, js };
}

function flowMap(cursor: Cursor, start: number): Built {
  const builder = new MapBuilder(true);
  cursor.pos = skipSpaces(cursor, start + 1);
  let done = cursor.code(cursor.pos) === 125;
  if (done) cursor.pos++;
  while (!done) {
    const keyStart = cursor.pos;
    const key = flowScalar(cursor, keyStart, true);
    // Long implicit keys are errors in yaml: left to it.
    if (cursor.pos - keyStart > 1000) throw BAIL;
    builder.checkKey(cursor, key);
    // `key: value` with a space after the colon, right after the key.
    if (cursor.code(cursor.pos) !== 58 || cursor.code(cursor.pos + 1) !== 32) throw BAIL;
    const valueStart = skipSpaces(cursor, cursor.pos + 1);
    const c = cursor.code(valueStart);
    if (c === 44 || c === 125) throw BAIL; // empty value
    const value = flowScalar(cursor, valueStart, false);
    builder.add(key, { node: value as ParsedNode, js: value.value });
    done = afterEntry(cursor, 125);
  }
  builder.map.range = [start, cursor.pos, cursor.pos];
  return { node: builder.map as ParsedNode, js: builder.js };
}

/**
 * The flow collection starting at `start` (`[` or `{`); leaves `cursor.pos` just after its
 * closing bracket. The caller sets `range[2]` (it depends on what follows on the line).
 */
export function flowCollection(cursor: Cursor, start: number): Built {
  cursor.enter();
  const built = cursor.code(start) === 91 ? flowSeq(cursor, start) : flowMap(cursor, start);
  cursor.leave();
  return built;
}
