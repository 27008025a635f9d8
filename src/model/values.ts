/**
 * Helpers that read plain JS values (from `toJS()`) liberally. Pure; never throw.
 * Internal to `model/`.
 */

/** True for a plain object (not null, not an array, not a Date or byte buffer). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (value instanceof Date || ArrayBuffer.isView(value)) return false;
  return true;
}

/**
 * The text form of a scalar: strings as they are, numbers/booleans/bigints stringified,
 * dates as ISO text. `undefined` for null, collections and anything else.
 */
export function textOf(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString()
        : undefined;
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
}

/** `textOf` trimmed; `undefined` when empty. */
export function trimmedText(value: unknown): string | undefined {
  const text = textOf(value)?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** An id as written (`textOf`, not trimmed: ids match exactly); `undefined` when blank. */
export function idText(value: unknown): string | undefined {
  const text = textOf(value);
  return text === undefined || text.trim() === '' ? undefined : text;
}

/** A finite number, or a string that is exactly a decimal number; otherwise `undefined`. */
export function finiteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

const UNIT_SECONDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    ms: 0.001,
    s: 1,
    sec: 1,
    secs: 1,
    second: 1,
    seconds: 1,
    m: 60,
    min: 60,
    mins: 60,
    minute: 60,
    minutes: 60,
    h: 3600,
    hr: 3600,
    hrs: 3600,
    hour: 3600,
    hours: 3600,
    d: 86400,
    day: 86400,
    days: 86400,
  }),
);

/**
 * A duration in seconds: a number (seconds) or text such as `"30s"`, `"10m"`, `"1h30m"`, `"500ms"`,
 * `"2 hours"`. `undefined` for anything else or a negative value.
 */
export function durationSeconds(value: unknown): number | undefined {
  const plain = finiteNumber(value);
  if (plain !== undefined) return plain >= 0 ? plain : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const part = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/y;
  let total = 0;
  let matched = false;
  while (part.lastIndex < text.length) {
    const m = part.exec(text);
    const factor = m?.[2] === undefined ? undefined : UNIT_SECONDS.get(m[2]);
    if (m === null || factor === undefined) return undefined;
    total += Number(m[1]) * factor;
    matched = true;
  }
  return matched ? total : undefined;
}

/**
 * `{ [key]: value }` when value is defined, else `{}`: for spreading optional properties under
 * `exactOptionalPropertyTypes`.
 */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}

/** Unique values, first occurrence order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
