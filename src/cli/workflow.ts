/**
 * Reading a workflow file for a command: the file's text, the model's parse result, and the
 * diagnostics as the CLI prints them (`file:line:col severity CODE message`).
 */
import {
  parseWorkflow,
  type Diagnostic,
  type ParseResult,
  type Severity,
  type WorkflowGraph,
} from '@/model';
import { printable, readWorkflowFile, type Io } from './io';

/** A file read and parsed. */
export interface LoadedWorkflow {
  /** As the user named it (`-` for standard input). */
  readonly file: string;
  readonly text: string;
  readonly result: ParseResult;
}

/** A file that could not be read, or one read and parsed. */
export type LoadOutcome =
  | { readonly ok: true; readonly workflow: LoadedWorkflow }
  | { readonly ok: false; readonly file: string; readonly message: string };

/** Reads and parses `file` (`-`: standard input). Never throws. */
export async function loadWorkflow(io: Io, file: string): Promise<LoadOutcome> {
  const read = await readWorkflowFile(io, file);
  if (!read.ok) return { ok: false, file, message: read.message };
  return { ok: true, workflow: { file, text: read.text, result: parseWorkflow(read.text) } };
}

/**
 * The graph a command can draw or run: none when the text is not a workflow at all (syntax
 * error, an .osoplog, …) or when errors left it without a single node.
 */
export function usableGraph(result: ParseResult): WorkflowGraph | null {
  const { graph, diagnostics } = result;
  if (graph === null) return null;
  if (graph.nodes.length === 0 && diagnostics.some((d) => d.severity === 'error')) return null;
  return graph;
}

/** The name a file is reported under. */
export const displayName = (file: string): string => (file === '-' ? '<stdin>' : printable(file));

/** One diagnostic as a line: `file:line:col severity CODE message`. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${displayName(file)}:${d.range.line}:${d.range.col} ${d.severity} ${d.code} ${printable(d.message)}`;
}

/** The line for a file that cannot be read: `file: error READ_ERROR message`. */
export function formatReadError(file: string, message: string): string {
  return `${displayName(file)}: error READ_ERROR ${printable(message)}`;
}

/** How many diagnostics of each severity. */
export type SeverityCounts = Record<Severity, number>;

export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning, 0 info". */
export function countsText(c: SeverityCounts): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
}

/**
 * Prints why a workflow cannot be used (to stderr): a read error, or its error diagnostics
 * (every diagnostic when none is an error). For commands other than `validate`.
 */
export function reportUnusable(io: Io, outcome: LoadOutcome, what: string): void {
  if (!outcome.ok) {
    io.err(`${formatReadError(outcome.file, outcome.message)}\n`);
    return;
  }
  const { file, result } = outcome.workflow;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors.length > 0 ? errors : result.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
  io.err(`osop-canvas: ${displayName(file)} cannot be ${what} (see the errors above).\n`);
}

/** Prints the error diagnostics of a workflow that can still be used, with a count of the rest. */
export function reportErrors(io: Io, workflow: LoadedWorkflow): void {
  const counts = countSeverities(workflow.result.diagnostics);
  for (const d of workflow.result.diagnostics) {
    if (d.severity === 'error') io.err(`${formatDiagnostic(workflow.file, d)}\n`);
  }
  if (counts.error > 0) {
    io.err(
      `osop-canvas: ${displayName(workflow.file)} has ${countsText(counts)} (see osop-canvas validate).\n`,
    );
  }
}
