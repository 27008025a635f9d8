/**
 * Says which parts of a condition decided its result, with values substituted
 * (`error_rate_10 = 0.02 ≥ 0.01`). Loads CEL (uses the evaluator). Internal.
 */
import { unparse } from '@bufbuild/cel';
import { COMPARISON_FUNCTIONS, callOf, literalOf, pathOf, type Expr } from './ast';
import { evaluateExpr, type bindingsFor } from './evaluate';
import { formatValue, mirrorOp, negateOp, opSymbol } from './format';
import { substitute } from './substitute';
import type { EvalValue, Scope } from './types';

type Activation = Extract<ReturnType<typeof bindingsFor>, { ok: true }>['value'];

function valueOf(expr: Expr, activation: Activation): EvalValue | undefined {
  const r = evaluateExpr(expr, activation);
  return r.ok ? r.value : undefined;
}

/** One atom (a comparison, a bare variable, anything else) in words. */
function atomText(
  expr: Expr,
  value: EvalValue | undefined,
  activation: Activation,
  scope: Scope,
): string {
  const path = pathOf(expr);
  if (path !== undefined)
    return `${path.join('.')} = ${value === undefined ? '?' : formatValue(value)}`;
  const call = callOf(expr);
  const op = call === undefined ? undefined : COMPARISON_FUNCTIONS[call.fn];
  const [a, b] = call?.args ?? [];
  if (op !== undefined && a !== undefined && b !== undefined && typeof value === 'boolean') {
    const left = pathOf(a) !== undefined && literalOf(b) !== undefined;
    const right = pathOf(b) !== undefined && literalOf(a) !== undefined;
    if (left || right) {
      const [variable, literal] = left ? [a, b] : [b, a];
      const written = left ? op : mirrorOp(op);
      const holds = value ? written : negateOp(written);
      const v = valueOf(variable, activation);
      const name = (pathOf(variable) ?? []).join('.');
      const shown = `${name} = ${v === undefined ? '?' : formatValue(v)}`;
      if (holds === '==') return shown;
      return `${shown} ${opSymbol(holds)} ${formatValue(literalOf(literal) ?? null)}`;
    }
  }
  const text = substitute(unparse(expr), scope);
  return value === undefined ? `${text} cannot be evaluated` : `${text} is ${formatValue(value)}`;
}

/** The deciding atoms of `expr`, whose value is `value`. Recursive over `&&`, `||`, `!` only. */
function decisive(
  expr: Expr,
  value: EvalValue | undefined,
  activation: Activation,
  scope: Scope,
  depth: number,
): string[] {
  const call = callOf(expr);
  if (call === undefined || depth > 64) return [atomText(expr, value, activation, scope)];
  if (call.fn === '!_' && call.args[0] !== undefined) {
    const inner = call.args[0];
    return decisive(inner, valueOf(inner, activation), activation, scope, depth + 1);
  }
  if ((call.fn === '_&&_' || call.fn === '_||_') && typeof value === 'boolean') {
    // A true || and a false && are decided by the operands with that value; otherwise by all.
    const deciding = call.fn === '_||_' ? value : !value;
    const parts = call.args.map((arg) => ({ arg, v: valueOf(arg, activation) }));
    const chosen = deciding ? parts.filter((p) => p.v === value) : parts;
    const used = chosen.length > 0 ? chosen : parts;
    return used.flatMap((p) => decisive(p.arg, p.v, activation, scope, depth + 1));
  }
  return [atomText(expr, value, activation, scope)];
}

/** The deciding parts of a parsed condition, joined with " and ". */
export function explainExpr(root: Expr, activation: Activation, scope: Scope): string {
  return decisive(root, valueOf(root, activation), activation, scope, 0).join(' and ');
}
