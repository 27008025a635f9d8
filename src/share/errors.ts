/**
 * Error vocabulary of the share module. Every failure of a link is one of these codes with a
 * human sentence the UI can show as-is (plain text, never HTML).
 */

/** Why a link payload could not be turned back into text or values. */
export type ShareErrorCode =
  /** The payload is empty: there is nothing to decode. */
  | 'EMPTY'
  /** The payload has characters outside base64url, or an impossible length. */
  | 'INVALID_BASE64'
  /** The bytes are not a complete raw DEFLATE stream (damaged or cut off). */
  | 'CORRUPT_DATA'
  /** The payload, or what it unpacks to, is over a size cap. */
  | 'TOO_LARGE'
  /** The unpacked bytes are not valid UTF-8. */
  | 'INVALID_UTF8'
  /** Simulation values are not valid JSON. */
  | 'INVALID_JSON'
  /** Simulation values are valid JSON but not a flat object of numbers, booleans and strings. */
  | 'INVALID_SIM_VALUES';

/** An explained failure to decode a share payload. `message` is a full sentence for people. */
export interface ShareError {
  readonly code: ShareErrorCode;
  readonly message: string;
}

/** Builds a {@link ShareError}. */
export function shareError(code: ShareErrorCode, message: string): ShareError {
  return { code, message };
}

/** Formats a byte count for messages: "5 MB", "4.5 MB", "900 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${trimNumber(mb)} MB`;
  const kb = bytes / 1024;
  if (kb >= 1) return `${trimNumber(kb)} KB`;
  return `${bytes} bytes`;
}

function trimNumber(n: number): string {
  return String(Math.round(n * 10) / 10);
}
