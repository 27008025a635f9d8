/**
 * `parseWorkflow`: OSOP workflow YAML text → graph + diagnostics with source ranges.
 * Reads liberally (see DESIGN.md "The format, as real files use it"); never throws.
 */
import { isAlias, isScalar, LineCounter } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import { asMap, rangeOf } from './context';
import type { Located, ReadContext } from './context';
import { readFastYaml } from './fastYaml';
import { DiagnosticSink } from './diagnostics';
import { readGraph } from './readGraph';
import { scanAliases } from './scan';
import type { AliasScan } from './scan';
import { lineCounterFor, makeRange, START_RANGE } from './sourceMap';
import type { ParseResult } from './types';
import { isRecord } from './values';
import { MAX_NESTING, readYaml } from './yamlDocument';

/** Texts longer than this (in UTF-16 code units, 5 MiB) are refused without parsing. */
export const MAX_TEXT_LENGTH = 5 * 1024 * 1024;

/** At most this many YAML errors are reported (later ones are usually consequences). */
const MAX_YAML_ERRORS = 20;

/** Allowed size of the document with every alias expanded, in YAML nodes. */
const aliasBudget = (text: string): number => 100_000 + 2 * text.length;

const NO_ALIASES: AliasScan = { aliasTargets: new Map(), expandedSize: 0 };

const failed = (sink: DiagnosticSink): ParseResult => ({ graph: null, diagnostics: sink.sorted() });

function reportYamlIssues(
  sink: DiagnosticSink,
  text: string,
  lc: LineCounter,
  issues: readonly YAMLError[],
  severity: 'error' | 'warning',
): void {
  for (const issue of issues.slice(0, MAX_YAML_ERRORS)) {
    const start = Math.min(issue.pos[0], text.length);
    const end = Math.min(Math.max(issue.pos[1], start), text.length);
    const message = issue.message.split('\n')[0] ?? issue.message;
    sink.add('YAML_SYNTAX', `YAML: ${message}`, makeRange(lc, start, end), severity);
  }
}

function isEmpty(doc: Document): boolean {
  const root = doc.contents;
  return root === null || (isScalar(root) && root.value === null);
}

/** A document read by either reader, ready for the workflow readers. */
interface ReadDocument {
  readonly contents: unknown;
  readonly lineCounter: LineCounter;
  readonly aliasTargets: AliasScan['aliasTargets'];
  readonly warnings: readonly YAMLError[];
  /** Repeated keys (the later ones), in the order yaml's composer meets them. */
  readonly duplicateKeys: Iterable<Node>;
  /** The document as plain JS (`doc.toJS()`). */
  readonly toJS: () => unknown;
}

function readWorkflow(text: string, sink: DiagnosticSink, read: ReadDocument): ParseResult {
  const { contents, lineCounter, aliasTargets } = read;
  const ctx: ReadContext = { text, lineCounter, aliasTargets, sink };
  reportYamlIssues(sink, text, lineCounter, read.warnings, 'warning');
  for (const key of read.duplicateKeys) {
    const name = isScalar(key) ? String(key.value) : '?';
    sink.add(
      'DUPLICATE_KEY',
      `Key "${name}" appears more than once in this mapping; the last one is used.`,
      rangeOf(ctx, key, START_RANGE),
    );
  }
  const map = asMap(ctx, contents);
  const root: unknown = map === undefined ? undefined : read.toJS();
  if (map === undefined || !isRecord(root)) {
    const what = isAlias(contents) || isScalar(contents) ? 'a single value' : 'a list';
    sink.add(
      'ROOT_NOT_MAPPING',
      `The document is ${what}, not a workflow mapping (\`osop_version\`, \`id\`, \`nodes\`, \`edges\`, …).`,
      rangeOf(ctx, contents as Located, START_RANGE),
    );
    return failed(sink);
  }
  const graph = readGraph(ctx, map, root);
  return { graph, diagnostics: sink.sorted() };
}

/** Reads `text` with the yaml library (any YAML), or fails with diagnostics. */
function parseWithYaml(text: string, sink: DiagnosticSink): ParseResult {
  const lineCounter = new LineCounter();
  const duplicateKeys = new Set<Node>();
  // Repeated keys are not fatal (PyYAML keeps the last one too): record them, report a warning.
  const uniqueKeys = (a: Node, b: Node): boolean => {
    const same = isScalar(a) && isScalar(b) && String(a.value) === String(b.value);
    if (same && String(b.value) !== '<<') duplicateKeys.add(b);
    return false;
  };
  const read = readYaml(text, lineCounter, {
    prettyErrors: false,
    uniqueKeys,
    merge: true,
    logLevel: 'error',
  });
  if (!read.ok) {
    sink.add(
      'TOO_LARGE',
      `The YAML is nested more than ${MAX_NESTING} levels deep here; it is not read.`,
      // The raw pre-check runs before yaml has counted lines.
      makeRange(
        lineCounter.lineStarts.length > 0 ? lineCounter : lineCounterFor(text),
        read.offset,
        read.offset + 1,
      ),
    );
    return failed(sink);
  }
  const doc = read.doc;
  if (doc.errors.length > 0) {
    reportYamlIssues(sink, text, lineCounter, doc.errors, 'error');
    return failed(sink);
  }
  if (isEmpty(doc)) {
    sink.add(
      'EMPTY_DOCUMENT',
      'The document is empty: write a workflow with `nodes` and `edges`.',
      START_RANGE,
    );
    return failed(sink);
  }
  // Without a `*` there is no alias, and nothing to guard against.
  const scan = text.includes('*') ? scanAliases(doc, aliasBudget(text)) : NO_ALIASES;
  if (scan.expandedSize > aliasBudget(text)) {
    const ctx: ReadContext = { text, lineCounter, aliasTargets: scan.aliasTargets, sink };
    const firstAlias = [...scan.aliasTargets.keys()][0];
    sink.add(
      'YAML_ALIAS_LIMIT',
      'The YAML aliases (`*name`) expand to far too much data (an "alias bomb"); the text is not read.',
      rangeOf(ctx, firstAlias, START_RANGE),
    );
    return failed(sink);
  }
  return readWorkflow(text, sink, {
    contents: doc.contents,
    lineCounter,
    aliasTargets: scan.aliasTargets,
    warnings: doc.warnings,
    duplicateKeys,
    // The scan bounded alias expansion, so yaml's own per-alias counter is not needed.
    toJS: () => {
      const js: unknown = doc.toJS({ maxAliasCount: -1 });
      return js;
    },
  });
}

/** Which YAML reader `parseText` uses: the fast subset reader (falling back to yaml) or yaml. */
type Reader = 'fast' | 'yaml';

function parseText(text: string, reader: Reader): ParseResult {
  const sink = new DiagnosticSink();
  if (text.length > MAX_TEXT_LENGTH) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    sink.add(
      'TOO_LARGE',
      `The text is ${mb} MB; workflows larger than 5 MB are not read.`,
      START_RANGE,
    );
    return failed(sink);
  }
  const fast = reader === 'fast' ? readFastYaml(text) : undefined;
  if (fast === undefined) return parseWithYaml(text, sink);
  return readWorkflow(text, sink, {
    contents: fast.contents,
    lineCounter: lineCounterFor(text),
    aliasTargets: NO_ALIASES.aliasTargets,
    warnings: [],
    duplicateKeys: fast.duplicateKeys,
    toJS: () => fast.js,
  });
}

function parseSafely(text: string, reader: Reader): ParseResult {
  try {
    return parseText(text, reader);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const sink = new DiagnosticSink();
    sink.add('YAML_SYNTAX', `The text could not be read: ${detail}`, START_RANGE);
    return failed(sink);
  }
}

/**
 * `parseWorkflow` with the yaml library only (no fast subset reader): the reference the fast
 * reader is tested against. Internal.
 */
export function parseWorkflowWithYaml(text: string): ParseResult {
  return parseSafely(text, 'yaml');
}

/**
 * Parses OSOP workflow YAML. Pure and never throws: every problem becomes a diagnostic with a
 * source range. `graph` is null only when the text cannot be read as a workflow at all (too large,
 * YAML syntax errors, empty, alias bomb, root not a mapping); otherwise broken entries are skipped
 * and reported, and the rest is returned.
 *
 * @example
 * const { graph, diagnostics } = parseWorkflow('nodes:\n  - id: a\n    type: cli\n');
 * // graph.nodes[0].label === 'a'; diagnostics is empty
 */
export function parseWorkflow(text: string): ParseResult {
  return parseSafely(text, 'fast');
}
