/**
 * Recognises the non-CEL forms real files use, to say what is wrong in words. Pure.
 */

const HINTS: readonly (readonly [RegExp, string])[] = [
  [/^\s*$/, 'The condition is empty.'],
  [/[^\u0020-\u007e\s]/u, 'This reads as prose, not an expression.'],
  [/\b(AND|OR|NOT)\b/, 'CEL writes `&&`, `||` and `!` instead of AND, OR and NOT.'],
  [/\b(and|or|not)\b/, 'CEL writes `&&`, `||` and `!` instead of and, or and not.'],
  [/\w\s+contains\s+\S/, 'CEL writes `text.contains("part")` instead of infix contains.'],
  [/\d\s*%(?!\s*\d)/, 'CEL has no percent literals: write 0.02 for 2%.'],
  [/(^|[^=!<>])=([^=]|$)/, 'CEL compares with `==`; a single `=` is not an operator.'],
];

/** A hint for a condition CEL rejected, when it looks like a known non-CEL form. */
export function notCelHint(text: string): string | undefined {
  for (const [pattern, hint] of HINTS) if (pattern.test(text)) return hint;
  return undefined;
}
