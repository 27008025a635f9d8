/**
 * Reads a switch edge's `cases`, written as a list `[{value, to}]` or as a map `{value: nodeId}`,
 * keeping where each target is written. Internal; never throws.
 */
import { isSeq } from 'yaml';
import { deref, findPair, rangeOf, valueRange } from './context';
import type { Located, ReadContext } from './context';
import type { SourceRange, SwitchCase } from './types';
import { idText, isRecord, textOf } from './values';

/** A case with the range of its target (for diagnostics). */
export interface LocatedCase extends SwitchCase {
  readonly range: SourceRange;
}

/** The cases of `js` (the `cases` value as plain JS); `ast` is its YAML node. */
export function readCases(
  ctx: ReadContext,
  js: unknown,
  ast: Located,
  fallback: SourceRange,
): LocatedCase[] {
  const cases: LocatedCase[] = [];
  if (Array.isArray(js)) {
    const seq = deref(ctx, ast);
    const items: readonly unknown[] = isSeq(seq) ? seq.items : [];
    js.forEach((entry, i) => {
      if (!isRecord(entry)) return;
      const to = idText(entry['to']);
      if (to === undefined) return;
      const itemAst = items[i] as Located;
      const range = valueRange(ctx, deref(ctx, itemAst), 'to', rangeOf(ctx, itemAst, fallback));
      cases.push({ value: textOf(entry['value']) ?? '', to, range });
    });
  } else if (isRecord(js)) {
    for (const [value, target] of Object.entries(js)) {
      const to = idText(target);
      if (to === undefined) continue;
      const pair = findPair(ctx, ast, value);
      cases.push({ value, to, range: rangeOf(ctx, (pair?.value ?? pair) as Located, fallback) });
    }
  }
  return cases;
}
