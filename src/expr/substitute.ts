/**
 * Puts values into a condition's text for display (`error_rate_10 < 0.01` → `0.02 < 0.01`).
 * Works on any text, CEL or not: a small scanner that leaves string literals, numbers, function
 * names and everything else byte for byte as written. Pure; no CEL code.
 */
import { formatValue } from './format';
import type { Scope } from './types';

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;

/** Index just past the string literal that starts at `i` (quote at `i`, optional `r` before). */
function skipString(text: string, i: number): number {
  const quote = text[i] ?? '';
  const triple = text.startsWith(quote.repeat(3), i);
  const close = triple ? quote.repeat(3) : quote;
  let j = i + close.length;
  while (j < text.length) {
    if (text[j] === '\\') j += 2;
    else if (text.startsWith(close, j)) return j + close.length;
    else if (!triple && text[j] === '\n') return j;
    else j++;
  }
  return text.length;
}

/** Index just past the identifier starting at `i`. */
function skipIdent(text: string, i: number): number {
  let j = i;
  while (j < text.length && IDENT_PART.test(text[j] ?? '')) j++;
  return j;
}

/** Reads `a.b.c` (spaces around dots not allowed) from `i`: the segments and the end index. */
function readPath(text: string, i: number): { segments: string[]; end: number } {
  const segments: string[] = [];
  let j = i;
  for (;;) {
    const end = skipIdent(text, j);
    segments.push(text.slice(j, end));
    j = end;
    if (text[j] === '.' && IDENT_START.test(text[j + 1] ?? '')) j++;
    else return { segments, end: j };
  }
}

function lastNonSpace(text: string, before: number): string {
  for (let k = before - 1; k >= 0; k--) {
    const c = text[k] ?? '';
    if (c.trim() !== '') return c;
  }
  return '';
}

/** Replaces the longest known prefix of `segments`; returns undefined when none is known. */
function replacePath(
  segments: readonly string[],
  isCall: boolean,
  values: Scope,
): string | undefined {
  // A call's last segment is a function or method name, never a variable.
  const usable = isCall ? segments.length - 1 : segments.length;
  for (let n = usable; n >= 1; n--) {
    const key = segments.slice(0, n).join('.');
    if (Object.hasOwn(values, key)) {
      const value = values[key];
      if (value === undefined) continue;
      const rest = segments.slice(n);
      return [formatValue(value), ...rest].join('.');
    }
  }
  return undefined;
}

/**
 * The condition with every variable whose value is known replaced by that value, for display:
 * `substitute('error_rate_10 < 0.01 && p99 < 500', { error_rate_10: 0.02 })` →
 * `'0.02 < 0.01 && p99 < 500'`. Paths use the longest known prefix (`items.size()` with
 * `items` known → `"abc".size()`); names not in `values` stay as written. Never throws.
 */
export function substitute(text: string, values: Scope): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    const rawString = (c === 'r' || c === 'R') && (text[i + 1] === '"' || text[i + 1] === "'");
    if (c === '"' || c === "'" || rawString) {
      const start = rawString ? i + 1 : i;
      const end = skipString(text, start);
      out += text.slice(i, end);
      i = end;
    } else if (/[0-9]/.test(c)) {
      const end = skipIdent(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (IDENT_START.test(c)) {
      const { segments, end } = readPath(text, i);
      const afterDot = lastNonSpace(text, i) === '.';
      const isCall = text.slice(end).trimStart().startsWith('(');
      const replaced = afterDot ? undefined : replacePath(segments, isCall, values);
      out += replaced ?? text.slice(i, end);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
