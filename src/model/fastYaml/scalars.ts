/**
 * Scalars for the fast YAML reader: plain scalars typed by yaml's own core schema (the tags of a
 * `Schema` like the one `parseDocument` builds, so typing matches exactly), and single-line quoted
 * scalars. Anything unusual throws `Bail` so that the caller falls back to the yaml library. Pure.
 */
import { isScalar, Scalar, Schema } from 'yaml';
import type { ParseOptions, ScalarTag } from 'yaml';

/** Thrown when the text leaves the subset the fast reader handles; never escapes `readFastYaml`. */
export class Bail extends Error {}

/** The one `Bail` thrown (no stack trace is built per bail-out). */
export const BAIL = new Bail('fast YAML reader: outside the subset');

let coreTags: readonly ScalarTag[] | undefined;
const RESOLVE_OPTIONS: ParseOptions = { intAsBigInt: false };

/** The default-matching scalar tags of yaml's core schema (with merge keys, as parse.ts asks). */
function tags(): readonly ScalarTag[] {
  coreTags ??= new Schema({ merge: true }).tags.filter(
    (t): t is ScalarTag => !t.collection && t.default === true && t.test !== undefined,
  );
  return coreTags;
}

/** Words the core schema reads as null or booleans (its tests for them match exactly these). */
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * Whether yaml's core schema may type a plain scalar as something other than a string: empty,
 * `~`, null/boolean words, and anything starting like a number (`+ - .` or a digit).
 */
function mayBeTyped(source: string): boolean {
  const c = source.charCodeAt(0);
  if (source.length === 0 || c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57)) return true;
  return source.length === 1 ? c === 126 : source.length <= 5 && WORDS.has(source);
}

const bail = (): never => {
  throw BAIL;
};

/** A plain scalar node for `source` (already trimmed), typed as yaml's core schema types it. */
export function plainScalar(source: string, start: number, end: number, nodeEnd: number): Scalar {
  let scalar: Scalar | undefined;
  if (mayBeTyped(source)) {
    for (const tag of tags()) {
      if (tag.test?.test(source) !== true) continue;
      const res: unknown = tag.resolve(source, bail, RESOLVE_OPTIONS);
      scalar = isScalar(res) ? res : new Scalar(res);
      if (tag.format !== undefined) scalar.format = tag.format;
      break;
    }
  }
  scalar ??= new Scalar(source);
  scalar.range = [start, end, nodeEnd];
  scalar.source = source;
  scalar.type = Scalar.PLAIN;
  return scalar;
}

/** A quoted scalar node. */
export function quotedScalar(
  value: string,
  double: boolean,
  start: number,
  end: number,
  nodeEnd: number,
): Scalar {
  const scalar = new Scalar(value);
  scalar.range = [start, end, nodeEnd];
  scalar.source = value;
  scalar.type = double ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
  return scalar;
}

/** The parsed value of a single-line quoted scalar. */
export interface Quoted {
  readonly value: string;
  /** Offset just after the closing quote. */
  readonly end: number;
}

/** Runs of ordinary chars in quoted scalars (sticky regexes: native scanning, also when cold). */
const SINGLE_RUN = /[^'\n]*/y;
const DOUBLE_RUN = /[^"\\\n]*/y;

/** Offset after the run of `re` chars at `at`. */
function run(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  re.test(text);
  return re.lastIndex;
}

/** A single-quoted scalar starting at `start` (the `'`); bails when it spans lines. */
export function singleQuoted(text: string, start: number): Quoted {
  let value = '';
  let from = start + 1;
  for (;;) {
    const i = run(SINGLE_RUN, text, from);
    if (text.charCodeAt(i) !== 39) throw BAIL; // a line break or the end of the text
    if (text.charCodeAt(i + 1) !== 39) return { value: value + text.slice(from, i), end: i + 1 };
    value += text.slice(from, i + 1); // `''` is one `'`
    from = i + 2;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

const HEX = /^[0-9a-fA-F]+$/;

function charCode(text: string, at: number, length: number): string {
  const digits = text.slice(at, at + length);
  if (digits.length !== length || !HEX.test(digits)) throw BAIL;
  const code = parseInt(digits, 16);
  if (code > 0x10ffff) throw BAIL;
  return String.fromCodePoint(code);
}

/** A double-quoted scalar starting at `start` (the `"`); bails when it spans lines. */
export function doubleQuoted(text: string, start: number): Quoted {
  let value = '';
  let from = start + 1;
  for (;;) {
    let i = run(DOUBLE_RUN, text, from);
    const c = text.charCodeAt(i);
    if (c === 34) return { value: value + text.slice(from, i), end: i + 1 };
    if (c !== 92) throw BAIL; // a line break or the end of the text
    value += text.slice(from, i);
    const next = text.charAt(i + 1);
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      i++;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      value += charCode(text, i + 2, length);
      i += 1 + length;
    } else throw BAIL;
    from = i + 1;
  }
}
