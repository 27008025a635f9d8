/**
 * Conditions on edges: analysis (which names a condition reads, whether it is CEL at all),
 * evaluation with a real CEL engine (never eval), explanation and value substitution for display.
 *
 * This surface loads no CEL code. Get the engine with {@link loadExpressionEngine} (dynamic
 * import); Node tools and tests can import `@/expr/cel` directly for `analyzeCondition`,
 * `evaluateCondition`, `explainCondition` and `createCelEngine`.
 */
export type {
  AnalyzedCondition,
  CelCondition,
  CelHandle,
  Comparison,
  ComparisonOp,
  ConditionValue,
  EvalError,
  EvalValue,
  ExpressionEngine,
  NotCelCondition,
  Scope,
} from './types';
export { loadExpressionEngine } from './load';
export { substitute } from './substitute';
export { formatValue, negateOp, opSymbol } from './format';
export { notCelHint } from './hints';
