/**
 * Pure conversion of the model's diagnostics into Monaco marker data (structural types, so this
 * file does not import Monaco and is unit-testable in Node).
 */
import type { Diagnostic, Severity } from '@/model/types';

/** Monaco's MarkerSeverity values. */
export const MARKER_SEVERITY = { Hint: 1, Info: 2, Warning: 4, Error: 8 } as const;

export interface MarkerData {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
  readonly message: string;
  readonly severity: number;
  readonly code: string;
  readonly source: string;
}

const SEVERITY: Readonly<Record<Severity, number>> = {
  error: MARKER_SEVERITY.Error,
  warning: MARKER_SEVERITY.Warning,
  info: MARKER_SEVERITY.Info,
};

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
      severity: SEVERITY[d.severity],
      code: d.code,
      source: 'OSOP Canvas',
    };
  });
}
