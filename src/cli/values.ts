/** `--set name=value` arguments → simulation values (numbers, booleans, text). */
import type { SimValue } from '@/sim';
import { UsageError } from './args';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The value of `--set name=<raw>`: a number (`0.02`, `-3`, `1e3`), `true`/`false`, or text;
 * quotes ("…" or '…') make it text as written (`"42"` is the string 42).
 */
export function parseValue(raw: string): SimValue {
  const text = raw.trim();
  const quoted = /^"(.*)"$|^'(.*)'$/s.exec(text);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (NUMBER.test(text)) {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  return raw;
}

/** One `--set` argument as a key and value; throws a {@link UsageError} without `=` or a name. */
export function parseAssignment(arg: string, command: string): readonly [string, SimValue] {
  const eq = arg.indexOf('=');
  const key = eq < 0 ? '' : arg.slice(0, eq).trim();
  if (eq < 0 || key === '') {
    throw new UsageError(
      `--set takes <name>=<value> (e.g. --set error_rate_10=0.02), not ${JSON.stringify(arg)}.`,
      command,
    );
  }
  return [key, parseValue(arg.slice(eq + 1))];
}

/** Every `--set` argument as values (a later one for the same key wins). */
export function parseAssignments(args: readonly string[], command: string): Record<string, SimValue> {
  const values: Record<string, SimValue> = {};
  for (const arg of args) {
    const [key, value] = parseAssignment(arg, command);
    // defineProperty: a key such as __proto__ is data like any other.
    Object.defineProperty(values, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return values;
}
