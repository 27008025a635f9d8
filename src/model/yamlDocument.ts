/**
 * Turns text into a yaml `Document` like `parseDocument`, but refuses input nested so deeply that
 * yaml's recursive composer would overflow the stack (which V8 may turn into a fatal
 * out-of-memory crash instead of a catchable error). Two guards: a cheap scan of the raw text
 * for absurd bracket / `- - -` nesting (before the CST parser, which is slow on such input), and
 * an exact depth measure on the CST (before composing). Internal; never throws by itself.
 */
import { Composer, Parser, YAMLParseError } from 'yaml';
import { invariant } from '../lib/assert';
import type {
  CST,
  Document,
  DocumentOptions,
  LineCounter,
  ParseOptions,
  SchemaOptions,
} from 'yaml';

/** Deepest nesting of collections that is read. Real workflows stay far below. */
export const MAX_NESTING = 200;

/** Raw-text nesting beyond which the text is refused without running the CST parser. */
const RAW_NESTING_LIMIT = 1000;

/** The options `parseDocument` accepts. */
export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/** A composed document, or where the text nests too deeply to compose. */
export type YamlRead =
  | { readonly ok: true; readonly doc: Document.Parsed }
  | { readonly ok: false; readonly offset: number; readonly depth: number };

/**
 * An upper-bound-ish estimate of nesting from the raw text: open brackets minus closed ones, and
 * runs of `- `/`? ` indicators on one line. Quotes are not tracked, so unbalanced brackets in
 * scalars count too; the limit is far above anything real, so that does not matter.
 */
function rawNesting(text: string): { offset: number; depth: number } | undefined {
  let depth = 0;
  let run = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      run = 0;
      continue;
    }
    if (c === 91 || c === 123)
      depth++; // [ {
    else if ((c === 93 || c === 125) && depth > 0) depth--; // ] }
    if (
      lineStart &&
      (c === 45 || c === 63) &&
      (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)
    ) {
      run++; // "- " or "? "
      i++;
    } else if (c !== 32 && c !== 9) lineStart = false;
    if (depth > RAW_NESTING_LIMIT || run > RAW_NESTING_LIMIT)
      return { offset: i, depth: Math.max(depth, run) };
  }
  return undefined;
}

/** The first place where CST collections nest deeper than `limit`, found iteratively. */
function cstNesting(
  tokens: readonly CST.Token[],
  limit: number,
): { offset: number; depth: number } | undefined {
  const stack: [CST.Token, number][] = tokens.map((t): [CST.Token, number] => [t, 0]);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [token, depth] = entry;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (
      token.type !== 'block-map' &&
      token.type !== 'block-seq' &&
      token.type !== 'flow-collection'
    )
      continue;
    const inner = depth + 1;
    if (inner > limit) return { offset: token.offset, depth: inner };
    for (const item of token.items) {
      if (item.key) stack.push([item.key, inner]);
      if (item.value) stack.push([item.value, inner]);
    }
  }
  return undefined;
}

/** Parses `text` into one document (extra documents are reported as an error, as yaml does). */
export function readYaml(text: string, lineCounter: LineCounter, options: YamlOptions): YamlRead {
  const raw = rawNesting(text);
  if (raw !== undefined) return { ok: false, ...raw };
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = cstNesting(tokens, MAX_NESTING);
  if (deep !== undefined) return { ok: false, ...deep };
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (doc === undefined) doc = next;
    else {
      const message = 'Source contains multiple documents; only one workflow per file is read.';
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', message));
      break;
    }
  }
  invariant(doc !== undefined, 'Composer.compose(…, forceDoc) yields a document');
  return { ok: true, doc };
}
