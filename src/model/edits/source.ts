/**
 * Opens a text for editing: parses it (refusing YAML errors with a located message), and
 * measures the layout conventions new content should follow (indent unit, list indentation,
 * line break). Internal to `edits/`; never throws for user input.
 */
import { isMap, isPair, isSeq, LineCounter } from 'yaml';
import type { Node, YAMLMap, YAMLSeq } from 'yaml';
import { err, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import { MAX_TEXT_LENGTH } from '../parse';
import { readYaml } from '../yamlDocument';
import { lineCounterFor } from '../sourceMap';
import { findPair, spanOf } from './ast';
import { Lines, lineBreakOf } from './lines';
import type { BlockStyle } from './newValues';

/** A parsed text being edited. */
export interface Source {
  readonly text: string;
  readonly lines: Lines;
  readonly root: YAMLMap;
  readonly style: BlockStyle;
}

const DEFAULT_UNIT = 2;

/** Indentation step: the first nested block mapping's key column minus its parent key's. */
function detectUnit(lines: Lines, root: YAMLMap): number {
  const queue: Node[] = [root];
  for (let visited = 0; visited < 500; visited++) {
    const node = queue.shift();
    if (node === undefined) break;
    if (isSeq(node)) {
      for (const item of node.items) if (isMap(item) || isSeq(item)) queue.push(item);
      continue;
    }
    if (!isMap(node)) continue;
    for (const pair of node.items) {
      const value = pair.value;
      const first = isMap(value) && value.flow !== true ? value.items[0] : undefined;
      if (first && isPair(first) && pair.key && first.key) {
        const unit =
          lines.col(spanOf(first.key as Node)[0]) - lines.col(spanOf(pair.key as Node)[0]);
        if (unit > 0) return unit;
      }
      if (isMap(value) || isSeq(value)) queue.push(value);
    }
  }
  return DEFAULT_UNIT;
}

/** Column of a block list's first `-`, from its CST token. */
export function dashOffset(seq: YAMLSeq, index: number): number | undefined {
  const token = seq.srcToken;
  if (token?.type !== 'block-seq') return undefined;
  return token.items[index]?.start.find((t) => t.type === 'seq-item-ind')?.offset;
}

/** List indentation and `- ` width of the `nodes` (else `edges`) list. */
function detectSeqStyle(lines: Lines, root: YAMLMap, unit: number): [number, number] {
  for (const key of ['nodes', 'edges']) {
    const pair = findPair(root, key);
    const seq = isSeq(pair?.value) ? pair.value : undefined;
    const dash = seq ? dashOffset(seq, 0) : undefined;
    if (seq === undefined || dash === undefined || !pair?.key) continue;
    const seqIndent = Math.max(0, lines.col(dash) - lines.col(spanOf(pair.key as Node)[0]));
    const first = seq.items[0];
    const keyCol = isMap(first) && first.flow !== true ? lines.col(spanOf(first)[0]) : undefined;
    const offset = keyCol === undefined ? 2 : keyCol - lines.col(dash);
    return [seqIndent, offset >= 2 ? offset : 2];
  }
  return [unit, 2];
}

/** A located, one-line description of the first YAML error. */
function yamlError(text: string, pos: number, message: string): string {
  const lc = lineCounterFor(text);
  const { line, col } = lc.linePos(Math.min(pos, text.length));
  const first = message.split('\n')[0] ?? message;
  return `The YAML has an error at line ${line}, column ${col} (${first}); fix it before editing the workflow this way.`;
}

/** Parses `text` for editing; refuses texts that are not a readable workflow mapping. */
export function openSource(text: string): Result<Source, string> {
  if (text.length > MAX_TEXT_LENGTH) return err('The text is too large to edit (over 5 MB).');
  const read = readYaml(text, new LineCounter(), {
    keepSourceTokens: true,
    uniqueKeys: false,
    prettyErrors: false,
    logLevel: 'silent',
  });
  if (!read.ok) return err('The YAML is nested too deeply to edit.');
  const doc = read.doc;
  const first = doc.errors[0];
  if (first !== undefined) return err(yamlError(text, first.pos[0], first.message));
  const root = doc.contents;
  if (!isMap(root)) {
    return err('The document is not a workflow mapping (`nodes`, `edges`, …); nothing to edit.');
  }
  const lines = new Lines(text);
  const unit = detectUnit(lines, root);
  const [seqIndent, keyOffset] = detectSeqStyle(lines, root, unit);
  return ok({ text, lines, root, style: { unit, seqIndent, keyOffset, eol: lineBreakOf(text) } });
}
