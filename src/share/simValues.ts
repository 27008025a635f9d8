/**
 * Simulation values in a link (`&sim=<payload>`): a flat JSON object, encoded like the workflow.
 * Keys are `<node>.<output>` or a bare output name; this module does not interpret them.
 */
import { err, ok, type Result } from '../lib/result';
import { decodePayload, encodePayload, type DecodeLimits } from './codec';
import { shareError, type ShareError } from './errors';

/** One simulation value as a link carries it. */
export type SimValue = number | boolean | string;

/** Simulation values by key (`<node>.<output>` or a bare output name). */
export type SimValues = Readonly<Record<string, SimValue>>;

/** Most keys a `sim` payload may hold. */
export const MAX_SIM_KEYS = 10_000;

/**
 * Pure, never throws. Encodes simulation values: the payload encoding of their JSON object.
 * Numbers that JSON cannot represent (NaN, ±Infinity) are left out rather than turned into
 * `null`, which {@link decodeSimValues} would reject; -0 is written as 0.
 *
 * @example
 * decodeSimValues(encodeSimValues({ p99_latency_10: 120 })) // ok({ p99_latency_10: 120 })
 */
export function encodeSimValues(values: SimValues): string {
  const clean: Record<string, SimValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    // defineProperty so a key named "__proto__" stays an ordinary key.
    Object.defineProperty(clean, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return encodePayload(JSON.stringify(clean));
}

/**
 * Pure, never throws. Decodes a `sim` payload into flat values.
 *
 * Besides every {@link decodePayload} failure: `INVALID_JSON` when the text is not JSON,
 * `INVALID_SIM_VALUES` when it is not an object, has an empty key, or holds a value that is not
 * a finite number, a boolean or a string (null, arrays and nested objects are rejected), and
 * `TOO_LARGE` above {@link MAX_SIM_KEYS} keys. The result is a fresh plain object whose own
 * keys are exactly the payload's keys (`__proto__` included, as data).
 */
export function decodeSimValues(
  payload: string,
  limits: DecodeLimits = {},
): Result<Record<string, SimValue>, ShareError> {
  const text = decodePayload(payload, limits);
  if (!text.ok) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.value);
  } catch (e) {
    const detail = e instanceof Error ? ` (${e.message})` : '';
    return err(
      shareError('INVALID_JSON', `The simulation values in the link are not valid JSON${detail}.`),
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return err(invalid(`they must be an object of names to values, not ${describe(parsed)}`));
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > MAX_SIM_KEYS) {
    return err(
      shareError(
        'TOO_LARGE',
        `The link has too many simulation values: ${entries.length.toLocaleString('en-US')}; the limit is ${MAX_SIM_KEYS.toLocaleString('en-US')}.`,
      ),
    );
  }
  const values: [string, SimValue][] = [];
  for (const [key, value] of entries) {
    if (key === '') return err(invalid('one of them has an empty name'));
    if (!isSimValue(value)) {
      return err(
        invalid(
          `"${clip(key)}" is ${describe(value)}; only numbers, true/false and text are allowed`,
        ),
      );
    }
    values.push([key, value]);
  }
  // fromEntries defines own data properties, so "__proto__" cannot change the prototype.
  return ok(Object.fromEntries(values));
}

function isSimValue(value: unknown): value is SimValue {
  return (
    typeof value === 'boolean' ||
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function invalid(why: string): ShareError {
  return shareError(
    'INVALID_SIM_VALUES',
    `The simulation values in the link cannot be used: ${why}.`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return 'a number too large to use';
  if (typeof value === 'object') return 'a nested object';
  return `a ${typeof value}`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
