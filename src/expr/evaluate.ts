/**
 * Evaluating parsed conditions with @bufbuild/cel. Loads CEL: import it only from code that is
 * itself loaded lazily (see `loadExpressionEngine`), tests, or Node tools.
 */
import { CelScalar, celEnv, celFunc, isCelError, isCelUint, plan } from '@bufbuild/cel';
import type { CelEnv, CelFunc, CelValue } from '@bufbuild/cel';
import { err, ok, type Result } from '../lib/result';
import type { Expr } from './ast';
import type { EvalError, EvalValue, Scope } from './types';

const { DOUBLE, INT } = CelScalar;

function integral(a: number, b: number): [number, number] {
  if (!Number.isInteger(a) || !Number.isInteger(b)) {
    throw new Error('modulus needs whole numbers');
  }
  if (b === 0) throw new Error('modulus by zero');
  return [a, b];
}

/**
 * Overloads CEL lacks for mixing int and double. Every supplied number is a double, but the
 * literals in `x * 100` or `x % 2` are ints; CEL compares across int and double on its own
 * (`320 < 500.5`), but has no `double * int`.
 */
function mixedArithmetic(): CelFunc[] {
  const ops: [string, (a: number, b: number) => number][] = [
    ['_+_', (a, b) => a + b],
    ['_-_', (a, b) => a - b],
    ['_*_', (a, b) => a * b],
    ['_/_', (a, b) => a / b],
  ];
  const funcs: CelFunc[] = [];
  for (const [name, f] of ops) {
    funcs.push(celFunc(name, [DOUBLE, INT], DOUBLE, (a, b) => f(a, Number(b))));
    funcs.push(celFunc(name, [INT, DOUBLE], DOUBLE, (a, b) => f(Number(a), b)));
  }
  const mod = (a: number, b: number): number => {
    const [x, y] = integral(a, b);
    return x % y;
  };
  funcs.push(celFunc('_%_', [DOUBLE, DOUBLE], DOUBLE, (a, b) => mod(a, b)));
  funcs.push(celFunc('_%_', [DOUBLE, INT], DOUBLE, (a, b) => mod(a, Number(b))));
  funcs.push(celFunc('_%_', [INT, DOUBLE], DOUBLE, (a, b) => mod(Number(a), b)));
  return funcs;
}

let sharedEnv: CelEnv | undefined;

/** The CEL environment conditions run in (standard library + mixed int/double arithmetic). */
export function conditionEnv(): CelEnv {
  sharedEnv ??= celEnv({ funcs: mixedArithmetic() });
  return sharedEnv;
}

/** Nested binding value: scalars at the leaves, Maps for objects (CEL maps). */
type Binding = EvalValue | Map<string, Binding>;

/** Sets `value` at `path` in `root`; false when the path runs through a scalar. */
function setPath(root: Map<string, Binding>, path: readonly string[], value: EvalValue): boolean {
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] ?? '';
    const next = node.get(key);
    if (next === undefined) {
      const created = new Map<string, Binding>();
      node.set(key, created);
      node = created;
    } else if (next instanceof Map) {
      node = next;
    } else {
      return false;
    }
  }
  const last = path[path.length - 1] ?? '';
  const existing = node.get(last);
  if (existing instanceof Map) return false;
  node.set(last, value);
  return true;
}

/** The longest prefix of `path` held by `scope`, as [prefix segments, value]. */
function lookup(scope: Scope, path: readonly string[]): [string[], EvalValue] | undefined {
  for (let n = path.length; n >= 1; n--) {
    const prefix = path.slice(0, n);
    const key = prefix.join('.');
    if (Object.hasOwn(scope, key)) {
      const value = scope[key];
      if (value !== undefined) return [prefix, value];
    }
  }
  return undefined;
}

/**
 * The activation for `variables`: each variable's longest scope prefix, nested into Maps under a
 * prototype-less root. Missing names are reported, never guessed.
 */
export function bindingsFor(
  variables: readonly string[],
  scope: Scope,
): Result<Record<string, Binding>, EvalError> {
  const root = new Map<string, Binding>();
  const missing: string[] = [];
  for (const variable of variables) {
    const found = lookup(scope, variable.split('.'));
    if (found === undefined) {
      missing.push(variable);
      continue;
    }
    if (!setPath(root, found[0], found[1])) {
      return err({
        kind: 'error',
        message: `"${found[0].join('.')}" is used both as a value and as a record with fields`,
      });
    }
  }
  if (missing.length > 0) return err({ kind: 'missing', names: missing });
  const activation = Object.create(null) as Record<string, Binding>;
  for (const [key, value] of root) activation[key] = value;
  return ok(activation);
}

/** A CEL error message without the `<input>:` prefix. */
export function cleanMessage(message: string): string {
  return message.replace(/^<input>:/, '');
}

function toEvalValue(value: CelValue): Result<EvalValue, EvalError> {
  if (typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') {
    return ok(value);
  }
  if (typeof value === 'bigint') return ok(Number(value));
  if (value === null) return ok(null);
  if (isCelUint(value)) return ok(Number(value.value));
  return err({ kind: 'error', message: 'the expression gives a list, map or object, not a value' });
}

const plans = new WeakMap<Expr, ReturnType<typeof plan>>();

/** Evaluates a parsed (sub-)expression with a ready activation. Never throws. */
export function evaluateExpr(
  expr: Expr,
  activation: Record<string, Binding>,
): Result<EvalValue, EvalError> {
  try {
    let run = plans.get(expr);
    if (run === undefined) {
      run = plan(conditionEnv(), expr);
      plans.set(expr, run);
    }
    const value = run(activation);
    if (isCelError(value)) return err({ kind: 'error', message: cleanMessage(value.message) });
    return toEvalValue(value);
  } catch (e) {
    return err({
      kind: 'error',
      message: cleanMessage(e instanceof Error ? e.message : String(e)),
    });
  }
}
