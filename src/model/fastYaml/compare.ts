/**
 * Test support: reads a text with both the fast reader and the yaml library and reports whether
 * they agree (AST shape and ranges, plain-JS value, repeated keys, and the whole `ParseResult`).
 * Used by the equality and property tests only.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { parseWorkflow, parseWorkflowWithYaml } from '../parse';
import type { ParseResult } from '../types';
import { readFastYaml } from './index';

/** A comparable picture of a yaml AST node: kinds, values, ranges. */
export function dumpAst(node: unknown): unknown {
  if (isMap(node)) {
    return {
      map: node.items.map((p) => [dumpAst(p.key), dumpAst(p.value)]),
      range: node.range,
      flow: node.flow === true,
    };
  }
  if (isSeq(node))
    return { seq: node.items.map(dumpAst), range: node.range, flow: node.flow === true };
  if (isScalar(node)) {
    return { value: node.value, type: node.type, format: node.format, range: node.range };
  }
  return node === null || node === undefined ? null : 'other';
}

/** Both readers' views of one text. */
export interface Comparison {
  /** Whether the fast reader took the text (else it bailed out to yaml). */
  readonly fast: boolean;
  readonly fastResult: ParseResult;
  readonly yamlResult: ParseResult;
  /** Present when the fast reader took the text: its AST/JS/keys and yaml's. */
  readonly detail?: {
    readonly fast: unknown;
    readonly yaml: unknown;
  };
}

/** Reads `text` both ways. */
export function compareReaders(text: string): Comparison {
  const fastResult = parseWorkflow(text);
  const yamlResult = parseWorkflowWithYaml(text);
  const fast = readFastYaml(text);
  if (fast === undefined) return { fast: false, fastResult, yamlResult };
  const duplicates: Node[] = [];
  const doc = parseDocument(text, {
    merge: true,
    uniqueKeys: (a, b) => {
      const same = isScalar(a) && isScalar(b) && String(a.value) === String(b.value);
      if (same && !duplicates.includes(b)) duplicates.push(b);
      return false;
    },
  });
  const js: unknown = doc.toJS({ maxAliasCount: -1 });
  return {
    fast: true,
    fastResult,
    yamlResult,
    detail: {
      fast: {
        ast: dumpAst(fast.contents),
        js: fast.js,
        duplicates: fast.duplicateKeys.map(dumpAst),
        errors: [],
      },
      yaml: {
        ast: dumpAst(doc.contents),
        js,
        duplicates: duplicates.map(dumpAst),
        errors: [...doc.errors, ...doc.warnings].map((e) => e.code),
      },
    },
  };
}
