/**
 * The link payload codec: text ⇄ base64url(raw DEFLATE(UTF-8 text)).
 *
 * Pure and environment-free (Node and browser). Everything a payload decodes to is untrusted
 * text: it is returned as a string and never interpreted here.
 */
import { Inflate, deflateSync } from 'fflate';
import { err, ok, type Result } from '../lib/result';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { formatBytes, shareError, type ShareError } from './errors';

/** Size caps applied while decoding a payload. All fields are optional. */
export interface DecodeLimits {
  /** Longest payload accepted, in base64url characters. Default {@link DEFAULT_MAX_PAYLOAD_CHARS}. */
  readonly maxPayloadChars?: number;
  /** Most bytes the payload may inflate to. Default {@link DEFAULT_MAX_INFLATED_BYTES}. */
  readonly maxInflatedBytes?: number;
}

/** Default cap on the payload length: 4 MiB of base64url (3 MiB of compressed data). */
export const DEFAULT_MAX_PAYLOAD_CHARS = 4 * 1024 * 1024;
/** Default cap on the inflated size: 5 MiB of UTF-8. */
export const DEFAULT_MAX_INFLATED_BYTES = 5 * 1024 * 1024;

/**
 * Compressed bytes fed to the inflater per step. DEFLATE expands at most ~1032:1, so one step
 * produces at most ~2 MiB before the size check runs: a decompression bomb is stopped after
 * a few steps instead of being inflated whole.
 */
const INFLATE_STEP_BYTES = 2048;

const encoder = new TextEncoder();

/**
 * Pure, never throws. Encodes text for a link: base64url (RFC 4648 §5, no padding) of the raw
 * DEFLATE (RFC 1951, level 9) of its UTF-8 bytes.
 *
 * Lone UTF-16 surrogates cannot be written as UTF-8 and become U+FFFD; every well-formed string
 * round-trips exactly through {@link decodePayload}.
 *
 * @example
 * encodePayload('hi') // 'y8gEAA'
 */
export function encodePayload(text: string): string {
  const bytes = encoder.encode(text);
  // Level 9 squeezes out the last bytes of short links; above 64 KB it costs twice the time of
  // level 6 for almost nothing (the address bar is rewritten as the user edits).
  return bytesToBase64url(deflateSync(bytes, { level: bytes.length > 65_536 ? 6 : 9 }));
}

/**
 * Pure, never throws. Decodes a payload made by {@link encodePayload} or by any other raw
 * DEFLATE + base64url encoder (e.g. Python's `zlib.compress(s, 9)[2:-4]`).
 *
 * Fails with a {@link ShareError} when the payload is empty (`EMPTY`), is longer than
 * `limits.maxPayloadChars` or inflates past `limits.maxInflatedBytes` (`TOO_LARGE`, detected
 * while inflating, so a decompression bomb is stopped early without allocating its output), has
 * characters outside base64url (`INVALID_BASE64`; `=` padding and whitespace are tolerated), is
 * not a complete DEFLATE stream (`CORRUPT_DATA`), or is not UTF-8 (`INVALID_UTF8`).
 * Bytes after the end of the DEFLATE stream are ignored.
 */
export function decodePayload(
  payload: string,
  limits: DecodeLimits = {},
): Result<string, ShareError> {
  const maxChars = limits.maxPayloadChars ?? DEFAULT_MAX_PAYLOAD_CHARS;
  const maxBytes = limits.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  // Checked before anything else so an absurdly long payload costs nothing.
  if (payload.length > maxChars) {
    return err(
      shareError(
        'TOO_LARGE',
        `The link is too large to open: its payload has ${payload.length.toLocaleString('en-US')} characters; the limit is ${maxChars.toLocaleString('en-US')}.`,
      ),
    );
  }
  const bytes = base64urlToBytes(payload);
  if (!bytes.ok) return bytes;
  if (bytes.value.length === 0) {
    return err(shareError('EMPTY', 'The link contains no workflow: its payload is empty.'));
  }
  const inflated = inflateBounded(bytes.value, maxBytes);
  if (!inflated.ok) return inflated;
  return decodeUtf8(inflated.value);
}

/**
 * Like {@link decodePayload} (same results, same limits), but inflates with the platform's
 * native `DecompressionStream('deflate-raw')` where there is one: a large link (thousands of
 * nodes) is unpacked in a few milliseconds instead of a long main-thread task at start-up.
 * Whenever the native path cannot give the exact answer (no native support, a damaged stream,
 * trailing bytes), it falls back to {@link decodePayload}, which explains the failure.
 */
export async function decodePayloadAsync(payload: string, limits: DecodeLimits = {}): Promise<Result<string, ShareError>> {
  const maxChars = limits.maxPayloadChars ?? DEFAULT_MAX_PAYLOAD_CHARS;
  const maxBytes = limits.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  if (payload.length > maxChars || typeof DecompressionStream === 'undefined') return decodePayload(payload, limits);
  const bytes = base64urlToBytes(payload);
  if (!bytes.ok || bytes.value.length === 0) return decodePayload(payload, limits);
  let inflated: Uint8Array | null;
  try {
    inflated = await inflateNative(bytes.value, maxBytes);
  } catch {
    inflated = null;
  }
  return inflated === null ? decodePayload(payload, limits) : decodeUtf8(inflated);
}

/** Native inflate, stopped (null) as soon as the output passes `max`; throws on a damaged stream. */
async function inflateNative(data: Uint8Array, max: number): Promise<Uint8Array | null> {
  const input = new Blob([data.slice()]).stream();
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

/** Inflates raw DEFLATE in small steps, counting output and stopping as soon as it passes `max`. */
function inflateBounded(data: Uint8Array, max: number): Result<Uint8Array, ShareError> {
  const chunks: Uint8Array[] = [];
  // An object, not two `let`s: the callback writes these and the loop below reads them.
  const seen = { total: 0, tooLarge: false };
  const inflater = new Inflate((chunk) => {
    seen.total += chunk.length;
    if (seen.total > max) seen.tooLarge = true;
    else if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    for (let start = 0; start < data.length && !seen.tooLarge; start += INFLATE_STEP_BYTES) {
      const end = Math.min(start + INFLATE_STEP_BYTES, data.length);
      // The last real chunk goes in with `final`, so a stream that stops early is reported as
      // truncated even when it was cut exactly at a block boundary.
      inflater.push(data.subarray(start, end), end === data.length);
    }
  } catch (e) {
    return err(corruptData(e));
  }
  if (seen.tooLarge) {
    return err(
      shareError(
        'TOO_LARGE',
        `The link is too large to open: the workflow inside unpacks to more than ${formatBytes(max)} (the limit). It may be a deliberately oversized link.`,
      ),
    );
  }
  return ok(concat(chunks, seen.total));
}

function corruptData(e: unknown): ShareError {
  const detail = e instanceof Error ? e.message : String(e);
  if (detail === 'unexpected EOF') {
    return shareError(
      'CORRUPT_DATA',
      'The link is damaged: its compressed data ends too early. The link was probably cut off when it was copied; copy the whole link again.',
    );
  }
  return shareError(
    'CORRUPT_DATA',
    `The link is damaged: its compressed data cannot be unpacked (${detail}). Copy the whole link again.`,
  );
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function decodeUtf8(bytes: Uint8Array): Result<string, ShareError> {
  try {
    // ignoreBOM keeps a leading U+FEFF, so text that starts with one round-trips exactly.
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return err(
      shareError(
        'INVALID_UTF8',
        'The link is damaged: it unpacks to bytes that are not UTF-8 text, so it was not made by OSOP Canvas or a compatible tool.',
      ),
    );
  }
}
