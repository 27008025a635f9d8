/**
 * A fast reader for the YAML subset real workflow files use (block mappings and sequences,
 * single-line plain and quoted scalars, `|`/`>` block scalars, one-line flow collections of
 * scalars, comments, one leading `---`). It builds the same yaml AST nodes (with the same
 * ranges) and the same plain-JS value that the yaml library would, or returns undefined
 * whenever the text leaves that subset, so that the caller uses the yaml library instead.
 * Pure; never throws.
 */
import type { Scalar, YAMLMap } from 'yaml';
import { readRoot } from './block';
import { Cursor } from './cursor';
import { isRecord } from '../values';

/** What the fast reader read: the root mapping, its `toJS()` value, and repeated keys. */
export interface FastDocument {
  readonly contents: YAMLMap;
  readonly js: Record<string, unknown>;
  /** Keys repeated in their mapping (the later ones), in document order. */
  readonly duplicateKeys: readonly Scalar[];
}

/** Characters the subset excludes: tabs, CR, other controls, BOM, Unicode line separators. */
// eslint-disable-next-line no-control-regex -- these control characters are what it looks for
const OUTSIDE_SUBSET = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Reads `text` if it is in the subset; undefined otherwise (then use the yaml library). */
export function readFastYaml(text: string): FastDocument | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    const cursor = new Cursor(text);
    const root = readRoot(cursor);
    if (!isRecord(root.js)) return undefined;
    return { contents: root.node as YAMLMap, js: root.js, duplicateKeys: cursor.duplicates };
  } catch {
    // Bail-outs, and anything unexpected: the yaml library reads the text instead.
    return undefined;
  }
}
