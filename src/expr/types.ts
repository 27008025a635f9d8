/**
 * Types of the condition module. Pure declarations: importing this file loads no CEL code.
 */
import type { Result } from '../lib/result';

/** A value a condition can read or produce: what users type (number, true/false, text). */
export type ConditionValue = number | boolean | string;

/**
 * The values a condition sees, keyed by dotted path as the condition writes it: `error_rate_10`,
 * `outputs.health_check_10.error_rate_10`, `inputs.env`, `test.exit_code`. A reference reads the
 * longest key that is a prefix of its path; the rest of the path is field access on that value.
 */
export type Scope = Readonly<Record<string, ConditionValue>>;

/**
 * Opaque reference to a parsed CEL expression. Only the engine that made it can use it; it holds
 * no data of its own, so objects containing it compare and clone cheaply.
 */
export interface CelHandle {
  readonly celHandle: true;
}

/** A condition the CEL parser accepted. */
export interface CelCondition {
  readonly kind: 'cel';
  /** The condition as written. */
  readonly text: string;
  readonly handle: CelHandle;
  /**
   * What the condition reads, in order of first appearance, deduplicated: the full dotted path
   * of every identifier or field chain rooted at one — bare names (`error_rate_10`),
   * `outputs.<node>.<name>`, `inputs.<name>`, `<node>.<field>`, `result.exit_code` (the
   * simulator decides which part of a chain names a value). Comprehension variables (`x` in
   * `l.exists(x, …)`) are not included.
   */
  readonly variables: readonly string[];
}

/** A condition that is not valid CEL: prose, `AND`, Python `and`, an empty string… */
export interface NotCelCondition {
  readonly kind: 'not-cel';
  readonly text: string;
  /** Why, in words: the parser's message (position included) or "empty condition". */
  readonly reason: string;
  /** A hint when the text looks like a known non-CEL form (`AND` → `&&`). */
  readonly hint?: string;
}

/** The result of {@link ExpressionEngine.analyze}. */
export type AnalyzedCondition = CelCondition | NotCelCondition;

/** Why a condition could not be evaluated. */
export type EvalError =
  /** The condition reads names the scope does not hold (nothing is guessed). */
  | { readonly kind: 'missing'; readonly names: readonly string[] }
  /** The condition is not CEL. */
  | { readonly kind: 'not-cel'; readonly reason: string }
  /** CEL rejected it at run time (no such overload, no such field, division by zero…). */
  | { readonly kind: 'error'; readonly message: string };

/** What a condition evaluated to (`null` for CEL `null`). Lists and maps are errors. */
export type EvalValue = ConditionValue | null;

/** Relational and equality operators as they appear in a comparison. */
export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

/**
 * A simple test on one variable found in a condition, for type inference and defaults:
 * `x < 0.01`, `0.01 > x` (normalised to `x < 0.01`), `x == true`, `x in ["a", "b"]`, or a bare
 * boolean use of `x`. `positive` is false under an odd number of `!`.
 */
export type Comparison =
  | {
      readonly kind: 'compare';
      readonly variable: string;
      readonly op: ComparisonOp;
      readonly literal: ConditionValue;
      readonly positive: boolean;
    }
  | {
      readonly kind: 'in';
      readonly variable: string;
      readonly literals: readonly ConditionValue[];
      readonly positive: boolean;
    }
  | { readonly kind: 'truthy'; readonly variable: string; readonly positive: boolean }
  /** The variable is an operand of an arithmetic or relational operator next to a non-literal. */
  | { readonly kind: 'numeric'; readonly variable: string }
  /** The variable is used as text (`x.size()`, `x.startsWith(…)`, `x + "…"`). */
  | { readonly kind: 'text'; readonly variable: string };

/**
 * The expression engine the simulator uses. Obtain it with `loadExpressionEngine()` (which loads
 * the CEL library on first use); every method is pure and never throws.
 */
export interface ExpressionEngine {
  /** Parses a condition (cached per text). Never throws; non-CEL text gives `kind: 'not-cel'`. */
  analyze(text: string): AnalyzedCondition;
  /**
   * Evaluates a condition against a scope. Every JS number is a CEL double, so `0.02 < 0.01`,
   * `320.5 < 500`, `320 < 500` and `x >= 500` with x = 500 all work, and arithmetic mixing
   * literals and values (`x * 100 > 1`) too.
   */
  evaluate(condition: AnalyzedCondition, scope: Scope): Result<EvalValue, EvalError>;
  /**
   * The parts of a condition that decided its result, in words with values substituted:
   * `error_rate_10 = 0.02 ≥ 0.01` for a true `||`, every false operand of a false `&&`.
   * Falls back to the substituted text when nothing finer can be said.
   */
  explain(condition: AnalyzedCondition, scope: Scope): string;
  /** Simple tests on variables found in a CEL condition (empty for non-CEL). */
  comparisons(condition: AnalyzedCondition): readonly Comparison[];
}
