/**
 * The source text of a list item (a node or an edge) for copying: its own lines with some
 * scalars replaced (new ids), rebased so its `-` is at column 0, and as one line of flow YAML.
 * Comments inside the item come along. Internal to `edits/`; pure.
 */
import { isMap, parse } from 'yaml';
import type { Node, Scalar, YAMLSeq } from 'yaml';
import { spanOf } from './ast';
import { contentEnd } from './spans';
import type { RawItem } from './listOps';
import { newList, newMap, renderFlow } from './newValues';
import type { NewValue } from './newValues';
import { renderScalar } from './scalars';
import { dashOffset } from './source';
import type { Source } from './source';
import type { TextChange } from './types';
import { isRecord } from '../values';

/** A replacement of `scalar` by `text`, keeping its quoting. */
export function scalarSwap(scalar: Scalar, value: string, inFlow: boolean): TextChange {
  const [start, end] = spanOf(scalar);
  return { start, end, text: renderScalar(value, { inFlow, like: scalar.type }) };
}

function sliceWith(text: string, start: number, end: number, swaps: readonly TextChange[]): string {
  let out = '';
  let at = start;
  for (const s of [...swaps].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > end) continue;
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at, end);
}

/** Plain JS (from `yaml.parse`) as a value to write in flow style. */
function toNewValue(value: unknown): NewValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return newList(value.map(toNewValue), 'flow');
  if (isRecord(value))
    return newMap(
      Object.entries(value).map(([k, v]) => [k, toNewValue(v)]),
      true,
    );
  return typeof value === 'bigint' ? value.toString() : null;
}

/** One line of flow YAML for a block item's text (comments and block scalars do not survive). */
function flowOf(blockLines: readonly string[]): string {
  try {
    const js: unknown = parse(blockLines.join('\n'), { logLevel: 'silent' });
    return renderFlow(toNewValue(Array.isArray(js) ? js[0] : js));
  } catch {
    return '{}';
  }
}

/** Item `index` of `seq` as a raw item, with `swaps` (in source offsets) applied. */
export function itemText(
  src: Source,
  seq: YAMLSeq,
  index: number,
  swaps: readonly TextChange[],
): RawItem {
  const item = seq.items[index] as Node;
  const [start] = spanOf(item);
  const end = contentEnd(src, item);
  const dash = dashOffset(seq, index);
  if (seq.flow === true || dash === undefined) {
    const flow = sliceWith(src.text, start, end, swaps).replace(/\s*\r?\n\s*/g, ' ');
    return { lines: [`- ${flow}`], flow };
  }
  const { lines } = src;
  const first = lines.lineOf(dash);
  const dashCol = lines.col(dash);
  const text = sliceWith(
    src.text,
    lines.start(first),
    lines.contentEnd(lines.lineOf(end - 1)),
    swaps,
  );
  const rebased = text.split(/\r?\n/).map((line, i) => {
    if (i === 0) return line.slice(dashCol);
    const indent = line.length - line.trimStart().length;
    return line.slice(Math.min(indent, dashCol));
  });
  const flow =
    isMap(item) && item.flow === true
      ? sliceWith(src.text, start, end, swaps).replace(/\s*\r?\n\s*/g, ' ')
      : flowOf(rebased);
  return { lines: rebased, flow };
}
