/**
 * Shared state and small helpers of the fast YAML reader: the text, the position, the keys seen
 * twice, and building maps (yaml AST and plain JS together, as `toJS()` would). Pure.
 */
import { Pair, YAMLMap } from 'yaml';
import type { ParsedNode, Scalar } from 'yaml';
import { BAIL } from './scalars';

/** A node and its plain-JS value (what `toJS()` gives for it). */
export interface Built {
  readonly node: ParsedNode;
  readonly js: unknown;
}

/** Deepest collection nesting the fast reader handles; deeper text goes to the yaml path. */
const MAX_DEPTH = 64;

/** Reader state for one text. */
export class Cursor {
  pos = 0;
  depth = 0;
  /** Start of the line found by the last `nextContent`. */
  lineStart = 0;
  /** Whether the last `nextContent` skipped a comment line. */
  skippedComment = false;
  /** Keys repeated in their mapping, in the order yaml's composer meets them. */
  readonly duplicates: Scalar[] = [];

  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  code(at: number): number {
    return this.text.charCodeAt(at);
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) throw BAIL;
  }

  leave(): void {
    this.depth--;
  }
}

/** `String(value)` of a scalar key's value (keys are strings, numbers, booleans or null). */
function keyString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw BAIL;
}

/** `String(value)` of a key's value, as parse.ts's `uniqueKeys` compares keys. */
function keyText(value: unknown): string {
  return value === null ? 'null' : keyString(value);
}

/** A mapping under construction: AST, JS object, and the key texts for duplicate detection. */
export class MapBuilder {
  readonly map: YAMLMap<ParsedNode, ParsedNode | null> = new YAMLMap();
  readonly js: Record<string, unknown> = {};
  /** Key texts, once the mapping is large enough for a set to pay off. */
  private seen: Set<string> | undefined;

  constructor(flow: boolean) {
    if (flow) this.map.flow = true;
  }

  /** Records a repeated key like parse.ts's `uniqueKeys` callback (call before the value is read). */
  checkKey(cursor: Cursor, key: Scalar): void {
    const text = keyText(key.value);
    // `<<` is a merge key (merge: true); the yaml path handles those.
    if (text === '<<') throw BAIL;
    if (this.hasKey(text)) cursor.duplicates.push(key);
    else this.seen?.add(text);
  }

  private hasKey(text: string): boolean {
    const { items } = this.map;
    if (this.seen === undefined && items.length >= 16) {
      this.seen = new Set(items.map((p) => keyText((p.key as Scalar).value)));
    }
    if (this.seen !== undefined) return this.seen.has(text);
    for (const pair of items) if (keyText((pair.key as Scalar).value) === text) return true;
    return false;
  }

  /** Adds `key: value` (after `checkKey`). */
  add(key: Scalar, value: Built): void {
    const raw: unknown = key.value;
    this.map.items.push(new Pair<ParsedNode, ParsedNode | null>(key as ParsedNode, value.node));
    // As yaml's `addPairToJSMap` does for a plain-object map.
    const jsKey = raw === null ? '' : keyString(raw);
    if (jsKey in this.js) {
      Object.defineProperty(this.js, jsKey, {
        value: value.js,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else this.js[jsKey] = value.js;
  }
}

/**
 * After a value that ends at `at` on its line: skips spaces and a comment, returns the offset
 * after the line break (or the text's end). Bails when anything else follows on the line.
 */
export function lineEnd(cursor: Cursor, at: number): number {
  const { text } = cursor;
  let i = at;
  while (cursor.code(i) === 32) i++;
  if (i >= text.length) return text.length;
  const c = cursor.code(i);
  if (c === 10) return i + 1;
  if (c !== 35 || i === at) throw BAIL; // a comment needs a space before it
  const nl = text.indexOf('\n', i);
  return nl === -1 ? text.length : nl + 1;
}

/** Offset of the start of the line holding `at`. */
export function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
