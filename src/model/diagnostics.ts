/**
 * Diagnostic codes → default severity, and a small collector. Pure.
 */
import type { Diagnostic, DiagnosticCode, Severity, SourceRange } from './types';

/** The severity each code is reported with. Errors mean the file is not a valid workflow. */
export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  YAML_SYNTAX: 'error',
  YAML_ALIAS_LIMIT: 'error',
  TOO_LARGE: 'error',
  EMPTY_DOCUMENT: 'error',
  ROOT_NOT_MAPPING: 'error',
  MISSING_NODES: 'error',
  INVALID_NODES: 'error',
  INVALID_NODE: 'error',
  MISSING_EDGES: 'info',
  INVALID_EDGES: 'error',
  INVALID_EDGE: 'error',
  NODE_WITHOUT_ID: 'error',
  DUPLICATE_NODE_ID: 'error',
  EDGE_UNKNOWN_NODE: 'error',
  EDGE_MISSING_END: 'error',
  CONDITION_MISSING: 'warning',
  CONDITION_AND_WHEN: 'warning',
  SWITCH_WITHOUT_CASES: 'warning',
  UNREACHABLE_NODE: 'warning',
  LAYOUT_UNKNOWN_NODE: 'info',
  LAYOUT_INVALID: 'warning',
  UNKNOWN_NODE_TYPE: 'info',
  UNKNOWN_EDGE_MODE: 'info',
  NOT_A_WORKFLOW: 'error',
  DUPLICATE_KEY: 'warning',
};

/** Collects diagnostics while reading one document. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  /** Records a diagnostic with the code's default severity unless one is given. */
  add(code: DiagnosticCode, message: string, range: SourceRange, severity?: Severity): void {
    this.items.push({ code, severity: severity ?? DEFAULT_SEVERITY[code], message, range });
  }

  /** The diagnostics in source order (stable for equal positions). */
  sorted(): Diagnostic[] {
    return [...this.items].sort((a, b) => a.range.start - b.range.start);
  }
}
