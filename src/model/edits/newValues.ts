/**
 * Values an edit creates, and how they are rendered as new YAML: block maps in block context,
 * lists of scalars and positions in flow style, scalars as plain as possible. Internal to
 * `edits/`; pure.
 */
import { isMultiline, renderBlockScalar, renderScalar } from './scalars';
import type { ScalarValue } from './scalars';

/** A list to write; lists of one-line scalars are `[a, b]` unless `style` says `block`. */
export interface NewList {
  readonly kind: 'list';
  readonly items: readonly NewValue[];
  readonly style?: 'flow' | 'block';
}

/** A mapping to write, keys in order; `flow` writes `{ k: v }`. */
export interface NewMap {
  readonly kind: 'map';
  readonly entries: readonly NewEntry[];
  readonly flow?: boolean;
}

/** Any value an edit writes. */
export type NewValue = ScalarValue | NewList | NewMap;
/** One `key: value` entry of a new mapping. */
export type NewEntry = readonly [string, NewValue];

/** How new block content is laid out, measured on the document (see `source.ts`). */
export interface BlockStyle {
  /** Indentation of a nested mapping's keys relative to its parent key. */
  readonly unit: number;
  /** Column of a block list's `-` relative to its parent key (0 or more). */
  readonly seqIndent: number;
  /** Columns from a list item's `-` to its first key (2 for `- id:`). */
  readonly keyOffset: number;
  readonly eol: string;
}

/** A new mapping (`flow` writes it `{ k: v }`). */
export const newMap = (entries: readonly NewEntry[], flow = false): NewMap => ({
  kind: 'map',
  entries,
  flow,
});

/** A new list (`style` forces flow or block; default: flow for one-line scalars). */
export const newList = (items: readonly NewValue[], style?: 'flow' | 'block'): NewList =>
  style === undefined ? { kind: 'list', items } : { kind: 'list', items, style };

function isScalarValue(value: NewValue): value is ScalarValue {
  return value === null || typeof value !== 'object';
}

/** True when a list is written in flow style: asked for, or all its items are one-line scalars. */
function flowList(list: NewList): boolean {
  if (list.style !== undefined) return list.style === 'flow' || list.items.length === 0;
  return list.items.every((i) => isScalarValue(i) && !isMultiline(i));
}

/** A key as YAML source (quoted when plain would not read back as the same text). */
export function renderKey(key: string, inFlow: boolean): string {
  return renderScalar(key, { inFlow });
}

/** `value` in flow style on one line: `{ x: 1, y: 2 }`, `[a, b]`, scalars as plain as possible. */
export function renderFlow(value: NewValue, padding = true): string {
  if (isScalarValue(value)) return renderScalar(value, { inFlow: true });
  if (value.kind === 'list')
    return `[${value.items.map((i) => renderFlow(i, padding)).join(', ')}]`;
  if (value.entries.length === 0) return '{}';
  const body = value.entries.map(([k, v]) => `${renderKey(k, true)}: ${renderFlow(v, padding)}`);
  return padding ? `{ ${body.join(', ')} }` : `{${body.join(', ')}}`;
}

/** A value in block context: on the key's line (`inline`), or as lines below it. */
export type BlockValue = { readonly inline: string } | { readonly lines: readonly string[] };

/** How `value` is written as the value of a key at column `keyCol` in block context. */
export function blockValue(value: NewValue, keyCol: number, style: BlockStyle): BlockValue {
  if (isScalarValue(value)) {
    const block =
      typeof value === 'string' && isMultiline(value)
        ? renderBlockScalar(value, keyCol + style.unit, style.eol)
        : undefined;
    return { inline: block ?? renderScalar(value, { inFlow: false }) };
  }
  if (value.kind === 'list') {
    if (flowList(value)) return { inline: renderFlow(value) };
    const dashCol = keyCol + style.seqIndent;
    return { lines: value.items.flatMap((item) => blockItemLines(item, dashCol, style)) };
  }
  if (value.flow === true || value.entries.length === 0) return { inline: renderFlow(value) };
  return {
    lines: value.entries.flatMap(([k, v]) => blockPairLines(k, v, keyCol + style.unit, style)),
  };
}

/** The lines of `key: value` with the key at column `col` (a block scalar counts as one line). */
export function blockPairLines(
  key: string,
  value: NewValue,
  col: number,
  style: BlockStyle,
): string[] {
  const head = `${' '.repeat(col)}${renderKey(key, false)}:`;
  const written = blockValue(value, col, style);
  return 'inline' in written ? [`${head} ${written.inline}`] : [head, ...written.lines];
}

/** The lines of one block-list item `- …` with its `-` at column `dashCol`. */
export function blockItemLines(value: NewValue, dashCol: number, style: BlockStyle): string[] {
  const offset = Math.max(2, style.keyOffset);
  const dash = `${' '.repeat(dashCol)}-${' '.repeat(offset - 1)}`;
  if (
    isScalarValue(value) ||
    value.kind === 'list' ||
    value.flow === true ||
    value.entries.length === 0
  ) {
    return [dash + renderFlow(value)];
  }
  const lines = value.entries.flatMap(([k, v]) => blockPairLines(k, v, dashCol + offset, style));
  const first = lines[0] ?? '';
  return [dash + first.slice(dashCol + offset), ...lines.slice(1)];
}
