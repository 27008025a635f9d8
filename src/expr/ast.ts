/**
 * Reading the parsed CEL expression tree (types only from @bufbuild/cel, so this file loads no
 * CEL code). Internal to the expr module.
 */
import type { parse } from '@bufbuild/cel';
import type { ComparisonOp, ConditionValue } from './types';

/** A node of the parsed CEL expression tree. */
export type Expr = ReturnType<typeof parse>['expr'];

/** CEL's internal names of the relational and equality operators. */
export const COMPARISON_FUNCTIONS: Readonly<Record<string, ComparisonOp>> = {
  '_<_': '<',
  '_<=_': '<=',
  '_>_': '>',
  '_>=_': '>=',
  '_==_': '==',
  '_!=_': '!=',
};

/** CEL's internal names of the arithmetic operators. */
export const ARITHMETIC_FUNCTIONS: ReadonlySet<string> = new Set([
  '_+_',
  '_-_',
  '_*_',
  '_/_',
  '_%_',
  '-_',
]);

/** Methods and functions that only make sense on text. */
export const TEXT_FUNCTIONS: ReadonlySet<string> = new Set([
  'size',
  'startsWith',
  'endsWith',
  'contains',
  'matches',
  'lowerAscii',
  'upperAscii',
  'trim',
]);

/** The function call in `expr`, if it is one. */
export function callOf(
  expr: Expr,
): { fn: string; target: Expr | undefined; args: readonly Expr[] } | undefined {
  if (expr.exprKind.case !== 'callExpr') return undefined;
  const call = expr.exprKind.value;
  return { fn: call.function, target: call.target, args: call.args };
}

/**
 * The dotted path of an identifier or a field chain rooted at one (`outputs.n.x` →
 * ['outputs', 'n', 'x']); undefined for anything else (`f(x).y`, literals…).
 */
export function pathOf(expr: Expr): string[] | undefined {
  const fields: string[] = [];
  let e: Expr | undefined = expr;
  while (e !== undefined) {
    if (e.exprKind.case === 'identExpr') return [e.exprKind.value.name, ...fields.reverse()];
    if (e.exprKind.case !== 'selectExpr') return undefined;
    fields.push(e.exprKind.value.field);
    e = e.exprKind.value.operand;
  }
  return undefined;
}

/**
 * The variable a path names: the whole dotted chain (`outputs.<node>.<name>`, `inputs.<name>`,
 * `<node>.<field>`, `result.exit_code`). The simulator decides which part names a value and
 * which parts are fields of it.
 */
export function variableOfPath(path: readonly string[]): string {
  return path.join('.');
}

/** The literal value of a constant (ints and uints as numbers), or of `-<number>`. */
export function literalOf(expr: Expr): ConditionValue | undefined {
  if (expr.exprKind.case === 'constExpr') {
    const k = expr.exprKind.value.constantKind;
    switch (k.case) {
      case 'boolValue':
      case 'stringValue':
      case 'doubleValue':
        return k.value;
      case 'int64Value':
      case 'uint64Value':
        return Number(k.value);
      case 'nullValue':
      case 'bytesValue':
      case 'durationValue':
      case 'timestampValue':
      case undefined:
        return undefined;
    }
  }
  const call = callOf(expr);
  if (call?.fn === '-_' && call.args.length === 1 && call.args[0] !== undefined) {
    const inner = literalOf(call.args[0]);
    return typeof inner === 'number' ? -inner : undefined;
  }
  return undefined;
}

/** The literals of a list literal (`["P1", "P2"]`), or undefined if any element is not one. */
export function listLiteralsOf(expr: Expr): ConditionValue[] | undefined {
  if (expr.exprKind.case !== 'listExpr') return undefined;
  const values: ConditionValue[] = [];
  for (const element of expr.exprKind.value.elements) {
    const value = literalOf(element);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

/**
 * Every variable a condition reads (see `CelCondition.variables`), in order of appearance,
 * deduplicated; names bound by comprehensions (`exists(x, …)`) excluded. Iterative.
 */
export function variablesOf(root: Expr): string[] {
  const found = new Set<string>();
  const stack: { expr: Expr; bound: ReadonlySet<string> }[] = [{ expr: root, bound: new Set() }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { expr, bound } = item;
    const path = pathOf(expr);
    if (path !== undefined) {
      if (!bound.has(path[0] ?? '')) found.add(variableOfPath(path));
      continue;
    }
    // Push children in reverse so they pop in source order.
    const children = childrenOf(expr, bound);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  return [...found];
}

/** Direct sub-expressions with the names bound in each. */
export function childrenOf(
  expr: Expr,
  bound: ReadonlySet<string>,
): { expr: Expr; bound: ReadonlySet<string> }[] {
  const kind = expr.exprKind;
  const plain = (
    list: readonly (Expr | undefined)[],
  ): { expr: Expr; bound: ReadonlySet<string> }[] =>
    list.filter((e): e is Expr => e !== undefined).map((e) => ({ expr: e, bound }));
  switch (kind.case) {
    case 'selectExpr':
      return plain([kind.value.operand]);
    case 'callExpr':
      return plain([kind.value.target, ...kind.value.args]);
    case 'listExpr':
      return plain(kind.value.elements);
    case 'structExpr':
      return plain(
        kind.value.entries.flatMap((entry) => [
          entry.keyKind.case === 'mapKey' ? entry.keyKind.value : undefined,
          entry.value,
        ]),
      );
    case 'comprehensionExpr': {
      const c = kind.value;
      const inner = new Set(bound);
      for (const name of [c.iterVar, c.iterVar2, c.accuVar]) if (name !== '') inner.add(name);
      return [
        ...plain([c.iterRange, c.accuInit]),
        ...[c.loopCondition, c.loopStep, c.result]
          .filter((e): e is Expr => e !== undefined)
          .map((e) => ({ expr: e, bound: inner })),
      ];
    }
    case 'constExpr':
    case 'identExpr':
    case undefined:
      return [];
  }
}
