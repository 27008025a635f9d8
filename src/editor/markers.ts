/**
 * Pure conversion of the model's diagnostics into Monaco marker data (structural types, so this
 * file does not import Monaco and is unit-testable in Node).
 */
import type { Diagnostic, Severity } from '@/model/types';

export interface MarkerData {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
  readonly message: string;
  readonly severity: Severity;
  readonly code: string;
  readonly source: string;
}

/** One marker per diagnostic; an empty range is widened to one character so it is visible. */
export function toMarkers(diagnostics: readonly Diagnostic[]): MarkerData[] {
  return diagnostics.map((d) => {
    const r = d.range;
    const empty = r.endLine === r.line && r.endCol <= r.col;
    return {
      startLineNumber: r.line,
      startColumn: r.col,
      endLineNumber: empty ? r.line : r.endLine,
      endColumn: empty ? r.col + 1 : r.endCol,
      message: d.message,
      severity: d.severity,
      code: d.code,
      source: 'OSOP Canvas',
    };
  });
}
