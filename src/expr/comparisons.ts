/**
 * Finds simple tests on variables in a parsed condition (`x < 0.01`, `x == true`, `x in [...]`,
 * a bare boolean `x`), for type inference and default values. Internal; no CEL code.
 */
import {
  ARITHMETIC_FUNCTIONS,
  COMPARISON_FUNCTIONS,
  TEXT_FUNCTIONS,
  callOf,
  childrenOf,
  listLiteralsOf,
  literalOf,
  pathOf,
  variableOfPath,
  type Expr,
} from './ast';
import { mirrorOp } from './format';
import type { Comparison } from './types';

/** A free variable read by `expr` directly (an identifier or field chain not bound locally). */
function variableAt(expr: Expr | undefined, bound: ReadonlySet<string>): string | undefined {
  if (expr === undefined) return undefined;
  const path = pathOf(expr);
  if (path === undefined || bound.has(path[0] ?? '')) return undefined;
  return variableOfPath(path);
}

interface Frame {
  readonly expr: Expr;
  readonly bound: ReadonlySet<string>;
  /** true/false in a boolean position (false under an odd number of `!`), null elsewhere. */
  readonly polarity: boolean | null;
}

function compareOrNumeric(
  fn: string,
  args: readonly Expr[],
  bound: ReadonlySet<string>,
  polarity: boolean,
): Comparison[] {
  const op = COMPARISON_FUNCTIONS[fn];
  const [a, b] = args;
  if (op === undefined || a === undefined || b === undefined) return [];
  const va = variableAt(a, bound);
  const vb = variableAt(b, bound);
  const la = literalOf(a);
  const lb = literalOf(b);
  if (va !== undefined && lb !== undefined) {
    return [{ kind: 'compare', variable: va, op, literal: lb, positive: polarity }];
  }
  if (vb !== undefined && la !== undefined) {
    return [{ kind: 'compare', variable: vb, op: mirrorOp(op), literal: la, positive: polarity }];
  }
  if (op === '==' || op === '!=') return [];
  return [va, vb]
    .filter((v): v is string => v !== undefined)
    .map((variable) => ({ kind: 'numeric', variable }));
}

function arithmetic(args: readonly Expr[], bound: ReadonlySet<string>): Comparison[] {
  const textual = args.some((a) => typeof literalOf(a) === 'string');
  return args
    .map((a) => variableAt(a, bound))
    .filter((v): v is string => v !== undefined)
    .map((variable) => ({ kind: textual ? 'text' : 'numeric', variable }));
}

/** What one call says directly about its operands. */
function fromCall(frame: Frame, call: NonNullable<ReturnType<typeof callOf>>): Comparison[] {
  const { bound, polarity } = frame;
  const { fn, target, args } = call;
  if (fn in COMPARISON_FUNCTIONS) return compareOrNumeric(fn, args, bound, polarity ?? true);
  if (fn === '@in') {
    const variable = variableAt(args[0], bound);
    const literals = args[1] === undefined ? undefined : listLiteralsOf(args[1]);
    if (variable !== undefined && literals !== undefined) {
      return [{ kind: 'in', variable, literals, positive: polarity ?? true }];
    }
    return [];
  }
  if (ARITHMETIC_FUNCTIONS.has(fn)) return arithmetic(args, bound);
  if (TEXT_FUNCTIONS.has(fn)) {
    const variable = variableAt(target ?? (fn === 'size' ? args[0] : undefined), bound);
    return variable === undefined ? [] : [{ kind: 'text', variable }];
  }
  return [];
}

/**
 * The simple tests in a parsed condition, in source order. Boolean positions are the whole
 * condition and the operands of `&&`, `||`, `!` and a ternary's test; elsewhere a bare variable
 * says nothing about its type. Iterative.
 */
export function comparisonsOf(root: Expr): Comparison[] {
  const found: Comparison[] = [];
  const stack: Frame[] = [{ expr: root, bound: new Set(), polarity: true }];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame === undefined) break;
    const { expr, bound, polarity } = frame;
    const variable = variableAt(expr, bound);
    if (variable !== undefined) {
      if (polarity !== null) found.push({ kind: 'truthy', variable, positive: polarity });
      continue;
    }
    const call = callOf(expr);
    let next: Frame[];
    if (call !== undefined && (call.fn === '_&&_' || call.fn === '_||_')) {
      next = call.args.map((e) => ({ expr: e, bound, polarity: polarity ?? true }));
    } else if (call !== undefined && call.fn === '!_') {
      next = call.args.map((e) => ({ expr: e, bound, polarity: !(polarity ?? true) }));
    } else if (call !== undefined && call.fn === '_?_:_') {
      next = call.args.map((e, i) => ({ expr: e, bound, polarity: i === 0 ? true : polarity }));
    } else {
      if (call !== undefined) found.push(...fromCall(frame, call));
      next = childrenOf(expr, bound).map((c) => ({ ...c, polarity: null }));
    }
    for (let i = next.length - 1; i >= 0; i--) {
      const f = next[i];
      if (f !== undefined) stack.push(f);
    }
  }
  return found;
}
