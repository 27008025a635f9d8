/**
 * Where the CLI writes, and how text from a file is made safe to print: the commands write
 * through an {@link Io} (the process's streams, or a buffer in tests) and pass every string that
 * comes from a workflow file through {@link printable}, so a file cannot move the cursor, clear
 * the screen or break a one-line-per-diagnostic format.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The CLI's streams and working directory. */
export interface Io {
  /** Writes text to standard output (the caller adds newlines). */
  readonly out: (text: string) => void;
  /** Writes text to standard error. */
  readonly err: (text: string) => void;
  /** Writes bytes to standard output (`render -o -`). */
  readonly outBytes: (bytes: Uint8Array) => void;
  /** Standard input as text (files named `-`). */
  readonly readStdin: () => Promise<string>;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return decodeText(Buffer.concat(chunks));
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    outBytes: (bytes) => process.stdout.write(bytes),
    readStdin: () => readAll(process.stdin),
    cwd: process.cwd(),
  };
}

/** UTF-8 text of a file's bytes, byte-order mark dropped, invalid bytes as U+FFFD (as the app). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Bytes read at most from one file: the model refuses texts above 5 MiB anyway. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A file's text, or a sentence saying why it cannot be read. */
export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
};

/** Why a file operation failed, in words (`no such file`, `permission denied`, …). */
export function reasonOf(error: unknown): string {
  const code =
    error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}

/** Reads a workflow file (`-`: standard input) as text. */
export async function readWorkflowFile(io: Io, file: string): Promise<ReadResult> {
  if (file === '-') {
    try {
      return { ok: true, text: await io.readStdin() };
    } catch (error) {
      return { ok: false, message: `Cannot read standard input: ${reasonOf(error)}.` };
    }
  }
  const path = resolve(io.cwd, file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: 'Cannot read the file: it is a directory.' };
    if (info.size > MAX_FILE_BYTES) {
      const mb = (info.size / (1024 * 1024)).toFixed(1);
      return { ok: false, message: `The file is ${mb} MB; workflows larger than 5 MB are not read.` };
    }
    return { ok: true, text: decodeText(await readFile(path)) };
  } catch (error) {
    return { ok: false, message: `Cannot read the file: ${reasonOf(error)}.` };
  }
}

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text from a file, safe to print on one line: newlines become `⏎`, tabs a space, and other
 * control characters (escape sequences, bidirectional overrides) `\u{…}`.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ⏎ ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
