/**
 * How values and operators are shown to people. Pure; no CEL code.
 */
import type { ComparisonOp, EvalValue } from './types';

/**
 * A value as a condition would write it: numbers as JS prints them (`0.02`, `500`), `true` /
 * `false`, text in double quotes with escapes (`"P1"`), `null`.
 */
export function formatValue(value: EvalValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

const SYMBOLS: Readonly<Record<ComparisonOp, string>> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '==': '=',
  '!=': '≠',
};

/** An operator as a log line shows it: `≥`, `≤`, `≠`, `=` for `==`. */
export function opSymbol(op: ComparisonOp): string {
  return SYMBOLS[op];
}

const NEGATED: Readonly<Record<ComparisonOp, ComparisonOp>> = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '==': '!=',
  '!=': '==',
};

/** The operator that holds when `op` does not (`<` ↔ `>=`, `==` ↔ `!=`). */
export function negateOp(op: ComparisonOp): ComparisonOp {
  return NEGATED[op];
}

const MIRRORED: Readonly<Record<ComparisonOp, ComparisonOp>> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
  '==': '==',
  '!=': '!=',
};

/** The operator with its operands swapped (`0.01 > x` is `x < 0.01`). */
export function mirrorOp(op: ComparisonOp): ComparisonOp {
  return MIRRORED[op];
}
