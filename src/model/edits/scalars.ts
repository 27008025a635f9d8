/**
 * Renders scalars as YAML source, keeping an existing quoting style where it can and otherwise
 * choosing the plainest form that reads back as the same value under YAML 1.2 and 1.1
 * (PyYAML), in block or flow context. Internal to `edits/`; pure.
 */
import { Scalar, stringify } from 'yaml';

/** A scalar value an edit writes. */
export type ScalarValue = string | number | boolean | null;

/** How a scalar is written: in flow context, and the style to keep if possible. */
export interface ScalarContext {
  readonly inFlow: boolean;
  readonly like?: Scalar.Type | undefined;
}

/** Plain words PyYAML (YAML 1.1) reads as booleans or merge/value keys, not strings. */
const YAML11_SPECIAL = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|<<|=)$/;
/** Number-, date- and time-like plain text (1.1 sexagesimal and `_` separators included). */
const NUMBER_LIKE = /^[-+.]?\d[\d_:.,eE+-]*$|^\d{4}-\d\d?-\d\d?/;
const FLOW_INDICATORS = /[,[\]{}]/;

/** True when `value` needs more than one line (it cannot be written as a plain one-liner). */
export function isMultiline(value: ScalarValue): boolean {
  return typeof value === 'string' && /[\n\r]/.test(value);
}

function doubleQuoted(value: string): string {
  // JSON string escapes are a subset of YAML double-quoted escapes.
  return JSON.stringify(value);
}

function singleQuoted(value: string): string | undefined {
  return /[\n\r]/.test(value) ? undefined : `'${value.replaceAll("'", "''")}'`;
}

function plain(value: string, inFlow: boolean): string | undefined {
  if (value === '' || YAML11_SPECIAL.test(value) || NUMBER_LIKE.test(value)) return undefined;
  if (inFlow && FLOW_INDICATORS.test(value)) return undefined;
  const written = stringify(value, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
  return written === value ? value : undefined;
}

function quotedByYaml(value: string): string {
  const written = stringify(value, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
  return written.startsWith("'") && !written.includes('\n') ? written : doubleQuoted(value);
}

/**
 * One-line YAML source for `value`. Strings keep the quoting of `ctx.like` when possible
 * (single/double), else are plain when that reads back the same, else quoted. Multi-line strings
 * come out double-quoted (use `renderBlockScalar` for block context).
 */
export function renderScalar(value: ScalarValue, ctx: ScalarContext): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (isMultiline(value)) return doubleQuoted(value);
  if (ctx.like === Scalar.QUOTE_DOUBLE) return doubleQuoted(value);
  if (ctx.like === Scalar.QUOTE_SINGLE) return singleQuoted(value) ?? doubleQuoted(value);
  const asPlain = plain(value, ctx.inFlow);
  if (asPlain !== undefined) return asPlain;
  return quotedByYaml(value);
}

/**
 * A block scalar for a string, its content indented to `indent` spaces, lines joined by `eol`:
 * literal (`|`, or `|-` without a final line break), or folded (`>`/`>-`) when `folded` is asked
 * for and the text is one line. `undefined` when a block scalar cannot hold the string exactly
 * (leading spaces on the first line, carriage returns, several final line breaks, blank text).
 */
export function renderBlockScalar(
  value: string,
  indent: number,
  eol: string,
  folded = false,
): string | undefined {
  if (value.includes('\r') || /^[ \t]/.test(value) || value.trim() === '') return undefined;
  const keep = value.endsWith('\n');
  const body = keep ? value.slice(0, -1) : value;
  if (body.endsWith('\n')) return undefined; // more than one final line break needs `|+`
  const pad = ' '.repeat(indent);
  const lines = body.split('\n').map((line) => (line === '' ? '' : pad + line));
  const style = folded && lines.length === 1 && !/\s$/.test(body) ? '>' : '|';
  return [keep ? style : `${style}-`, ...lines].join(eol);
}
