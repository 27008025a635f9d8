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

/** At most this many diagnostics of one code are kept; the rest are summarised in one more. */
export const MAX_DIAGNOSTICS_PER_CODE = 500;

/** Codes saying the text itself could not be read (YAML syntax, alias bomb, size): nothing can edit it. */
export const isReadFailure = (d: Diagnostic): boolean => d.code === 'YAML_SYNTAX' || d.code === 'YAML_ALIAS_LIMIT' || d.code === 'TOO_LARGE';

/** Collects diagnostics while reading one document. */
export class DiagnosticSink {
  private readonly items: Diagnostic[] = [];
  private readonly perCode = new Map<DiagnosticCode, number>();
  private readonly dropped = new Map<DiagnosticCode, Diagnostic>();

  /** Records a diagnostic with the code's default severity unless one is given. */
  add(code: DiagnosticCode, message: string, range: SourceRange, severity?: Severity): void {
    const count = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, count);
    const diagnostic = { code, severity: severity ?? DEFAULT_SEVERITY[code], message, range };
    if (count <= MAX_DIAGNOSTICS_PER_CODE) this.items.push(diagnostic);
    else if (!this.dropped.has(code)) this.dropped.set(code, diagnostic);
  }

  /**
   * The diagnostics in source order (stable for equal positions); for a code reported more than
   * `MAX_DIAGNOSTICS_PER_CODE` times, one last diagnostic says how many more there are.
   */
  sorted(): Diagnostic[] {
    const all = [...this.items];
    for (const [code, first] of this.dropped) {
      const more = (this.perCode.get(code) ?? 0) - MAX_DIAGNOSTICS_PER_CODE;
      all.push({ ...first, message: `${first.message} (and ${more} more like this, not listed)` });
    }
    return all.sort((a, b) => a.range.start - b.range.start);
  }
}
