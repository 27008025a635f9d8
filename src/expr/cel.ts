/**
 * Conditions with the real CEL engine (@bufbuild/cel). This file loads CEL: the app reaches it
 * only through `loadExpressionEngine()` (a dynamic import), so the main bundle does not contain
 * CEL until a simulation starts. Tests and Node tools may import it directly. Never eval.
 */
import { parse } from '@bufbuild/cel';
import { err, type Result } from '../lib/result';
import { variablesOf, type Expr } from './ast';
import { comparisonsOf } from './comparisons';
import { bindingsFor, cleanMessage, evaluateExpr } from './evaluate';
import { explainExpr } from './explain';
import { notCelHint } from './hints';
import { substitute } from './substitute';
import type {
  AnalyzedCondition,
  CelHandle,
  Comparison,
  EvalError,
  EvalValue,
  ExpressionEngine,
  Scope,
} from './types';

const parsed = new WeakMap<CelHandle, Expr>();

/** Longest condition text analysed; longer text is reported as not CEL (a guard, not a rule). */
export const MAX_CONDITION_LENGTH = 10_000;

/**
 * Parses a condition with CEL's parser. Never throws: text CEL rejects (prose, `AND`, Python
 * `and`, empty) gives `{ kind: 'not-cel', reason, hint? }`; otherwise `{ kind: 'cel', handle,
 * variables }` with the names it reads (see `CelCondition.variables`).
 */
export function analyzeCondition(text: string): AnalyzedCondition {
  const hint = notCelHint(text);
  if (text.trim() === '')
    return {
      kind: 'not-cel',
      text,
      reason: 'empty condition',
      ...(hint === undefined ? {} : { hint }),
    };
  if (text.length > MAX_CONDITION_LENGTH) {
    return { kind: 'not-cel', text, reason: `longer than ${MAX_CONDITION_LENGTH} characters` };
  }
  let expr: Expr;
  try {
    expr = parse(text).expr;
  } catch (e) {
    const reason = cleanMessage(e instanceof Error ? e.message : String(e));
    return { kind: 'not-cel', text, reason, ...(hint === undefined ? {} : { hint }) };
  }
  const handle: CelHandle = Object.freeze({ celHandle: true as const });
  parsed.set(handle, expr);
  return { kind: 'cel', text, handle, variables: variablesOf(expr) };
}

function exprOf(condition: AnalyzedCondition): Expr | undefined {
  return condition.kind === 'cel' ? parsed.get(condition.handle) : undefined;
}

/**
 * Evaluates an analysed condition. Never throws. Errors: `missing` (names the scope lacks — see
 * `Scope` for how paths resolve), `not-cel`, `error` (CEL's message without `<input>:`).
 * Numbers are CEL doubles; ints and uints in results come back as JS numbers.
 */
export function evaluateCondition(
  condition: AnalyzedCondition,
  scope: Scope,
): Result<EvalValue, EvalError> {
  if (condition.kind === 'not-cel') return err({ kind: 'not-cel', reason: condition.reason });
  const expr = exprOf(condition);
  if (expr === undefined) {
    return err({ kind: 'error', message: 'this condition was analysed by another engine' });
  }
  const activation = bindingsFor(condition.variables, scope);
  if (!activation.ok) return activation;
  return evaluateExpr(expr, activation.value);
}

/**
 * The deciding parts of a condition in words, values substituted (`error_rate_10 = 0.02 ≥
 * 0.01`); the substituted text when the condition is not CEL or values are missing.
 */
export function explainCondition(condition: AnalyzedCondition, scope: Scope): string {
  const expr = exprOf(condition);
  const activation =
    expr === undefined
      ? undefined
      : bindingsFor(condition.kind === 'cel' ? condition.variables : [], scope);
  if (expr === undefined || activation === undefined || !activation.ok) {
    return substitute(condition.text, scope);
  }
  return explainExpr(expr, activation.value, scope);
}

/** Simple tests on variables in a condition (for types and defaults); [] when not CEL. */
export function conditionComparisons(condition: AnalyzedCondition): readonly Comparison[] {
  const expr = exprOf(condition);
  return expr === undefined ? [] : comparisonsOf(expr);
}

const MAX_CACHE = 5_000;

/** A new engine with its own analysis cache (by condition text). */
export function createCelEngine(): ExpressionEngine {
  const cache = new Map<string, AnalyzedCondition>();
  return {
    analyze(text) {
      let analysed = cache.get(text);
      if (analysed === undefined) {
        if (cache.size >= MAX_CACHE) cache.clear();
        analysed = analyzeCondition(text);
        cache.set(text, analysed);
      }
      return analysed;
    },
    evaluate: evaluateCondition,
    explain: explainCondition,
    comparisons: conditionComparisons,
  };
}
