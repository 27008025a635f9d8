/** `osop-canvas validate <file>…`: the app's diagnostics, one line each, and a summary. */
import type { Diagnostic } from '@/model';
import { EXIT, flag, parseCommand, UsageError } from '../args';
import type { Io } from '../io';
import {
  countSeverities,
  countsText,
  displayName,
  formatDiagnostic,
  formatReadError,
  loadWorkflow,
  type SeverityCounts,
} from '../workflow';

interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly diagnostics: readonly {
    readonly line: number;
    readonly col: number;
    readonly endLine: number;
    readonly endCol: number;
    readonly severity: Diagnostic['severity'];
    readonly code: string;
    readonly message: string;
  }[];
}

const toJson = (d: Diagnostic): FileReport['diagnostics'][number] => ({
  line: d.range.line,
  col: d.range.col,
  endLine: d.range.endLine,
  endCol: d.range.endCol,
  severity: d.severity,
  code: d.code,
  message: d.message,
});

export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('validate', args, {
    json: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  });
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError('Name at least one file to validate.', 'validate');
  const json = flag(parsed, 'json');
  const quiet = flag(parsed, 'quiet');

  const total: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const reports: FileReport[] = [];
  let failedFiles = 0;
  for (const file of files) {
    const outcome = await loadWorkflow(io, file);
    if (!outcome.ok) {
      total.error += 1;
      failedFiles += 1;
      reports.push({
        file,
        ok: false,
        diagnostics: [
          { line: 0, col: 0, endLine: 0, endCol: 0, severity: 'error', code: 'READ_ERROR', message: outcome.message },
        ],
      });
      if (!json) io.out(`${formatReadError(file, outcome.message)}\n`);
      continue;
    }
    const { diagnostics } = outcome.workflow.result;
    const counts = countSeverities(diagnostics);
    total.error += counts.error;
    total.warning += counts.warning;
    total.info += counts.info;
    if (counts.error > 0) failedFiles += 1;
    reports.push({ file, ok: counts.error === 0, diagnostics: diagnostics.map(toJson) });
    if (json) continue;
    for (const d of diagnostics) {
      if (!quiet || d.severity === 'error') io.out(`${formatDiagnostic(file, d)}\n`);
    }
  }

  if (json) {
    io.out(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    const which =
      files.length === 1 ? displayName(files[0] ?? '') : `${files.length} files`;
    const verdict =
      failedFiles === 0
        ? 'valid'
        : files.length === 1
          ? 'invalid'
          : `${failedFiles} invalid`;
    io.out(`${which}: ${verdict} (${countsText(total)})\n`);
  }
  return failedFiles > 0 ? EXIT.failed : EXIT.ok;
}
