/**
 * base64url (RFC 4648 §5) without padding, written out here so the share codec behaves the
 * same in Node and in the browser and can explain exactly where a payload is damaged.
 */
import { err, ok, type Result } from '../lib/result';
import { shareError, type ShareError } from './errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Sextet value of each ASCII code, -1 for characters outside the alphabet. */
const SEXTET: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** ASCII code of each sextet value. */
const CODES: Uint8Array = Uint8Array.from(ALPHABET, (ch) => ch.charCodeAt(0));

const ascii = new TextDecoder();

/** Pure. Encodes bytes as base64url with no `=` padding. */
export function bytesToBase64url(bytes: Uint8Array): string {
  const rest = bytes.length % 3;
  const full = bytes.length - rest;
  // Written as ASCII bytes and decoded once: far faster than growing a string per character.
  const out = new Uint8Array((full / 3) * 4 + (rest === 0 ? 0 : rest + 1));
  let o = 0;
  const put = (n: number, count: number): void => {
    for (let k = 0; k < count; k++) out[o++] = CODES[(n >>> (18 - 6 * k)) & 63] ?? 0;
  };
  for (let i = 0; i < full; i += 3) {
    put(((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0), 4);
  }
  if (rest === 1) put((bytes[full] ?? 0) << 16, 2);
  else if (rest === 2) put(((bytes[full] ?? 0) << 16) | ((bytes[full + 1] ?? 0) << 8), 3);
  return ascii.decode(out);
}

function isSpace(code: number): boolean {
  // Space, tab, CR, LF, form feed: what mail clients and chat apps insert when they wrap links.
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code < 0x20 || code === 0x7f ? hex : `"${ch}" (${hex})`;
}

function badChar(ch: string, position: number): ShareError {
  let hint = 'Only A–Z, a–z, 0–9, "-" and "_" can appear in a link payload.';
  if (ch === '+' || ch === '/') {
    hint =
      'This looks like standard base64; links use base64url ("-" instead of "+", "_" instead of "/").';
  } else if (ch === '%') {
    hint = 'The payload is still percent-encoded; it was probably escaped twice.';
  }
  return shareError(
    'INVALID_BASE64',
    `The link is damaged: character ${position} of the payload is ${describeChar(ch)}, which cannot be part of it. ${hint}`,
  );
}

/**
 * Pure, never throws. Decodes base64url text to bytes.
 *
 * Liberal where it is safe: trailing `=` padding (at most two) and ASCII whitespace (line
 * wrapping) are ignored. Anything else outside the base64url alphabet, `=` before the end, or a
 * length no encoder can produce is an `INVALID_BASE64` error that names the position.
 */
export function base64urlToBytes(text: string): Result<Uint8Array, ShareError> {
  const values = new Uint8Array(text.length);
  let n = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    if (code === 0x3d /* = */) {
      padding++;
      continue;
    }
    const value = code < 128 ? (SEXTET[code] ?? -1) : -1;
    if (value < 0 || padding > 0) {
      if (value >= 0) {
        return err(
          shareError(
            'INVALID_BASE64',
            `The link is damaged: the payload continues at character ${i + 1} after "=" padding, which may only come last.`,
          ),
        );
      }
      return err(badChar(String.fromCodePoint(text.codePointAt(i) ?? code), i + 1));
    }
    values[n++] = value;
  }
  if (padding > 2 || n % 4 === 1) {
    return err(
      shareError(
        'INVALID_BASE64',
        'The link is damaged: the payload has a length no encoder produces. The link was probably cut off when it was copied; copy the whole link again.',
      ),
    );
  }
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v =
      ((values[i] ?? 0) << 18) |
      ((values[i + 1] ?? 0) << 12) |
      ((values[i + 2] ?? 0) << 6) |
      (values[i + 3] ?? 0);
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 255;
    out[o++] = v & 255;
  }
  const rest = n - i;
  if (rest >= 2) {
    const v = ((values[i] ?? 0) << 18) | ((values[i + 1] ?? 0) << 12) | ((values[i + 2] ?? 0) << 6);
    out[o++] = v >>> 16;
    if (rest === 3) out[o++] = (v >>> 8) & 255;
  }
  return ok(out);
}
