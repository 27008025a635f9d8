/**
 * Reading workflow text from outside: files (picker, drop) and `?url=` addresses. Every
 * failure becomes a sentence for the user; nothing here throws.
 */
import { err, ok, type Result } from '@/lib/result';
import { extractSource } from '@/render/svg/source';

/** Largest file we read (the parser refuses more than 5 MB of text anyway). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadFailure {
  readonly title: string;
  readonly detail: string;
}

const looksBinary = (text: string) => text.slice(0, 8000).includes('\u0000');

/** Reads a dropped or picked file as UTF-8 text. */
export async function readWorkflowFile(file: File): Promise<Result<string, LoadFailure>> {
  if (file.size > MAX_FILE_BYTES) {
    return err({ title: `“${file.name}” is too large`, detail: `It has ${(file.size / 1048576).toFixed(1)} MB; files up to 5 MB can be opened.` });
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return err({ title: `“${file.name}” could not be read`, detail: e instanceof Error ? e.message : String(e) });
  }
  if (looksBinary(text)) {
    return err({ title: `“${file.name}” is not a text file`, detail: 'OSOP workflows are YAML text (.osop, .osop.yaml, .yaml or exported .svg).' });
  }
  return fromSvgIfAny(file.name, text);
}

/** An SVG exported by OSOP Canvas carries its YAML: open that; other SVGs are explained. */
export function fromSvgIfAny(name: string, text: string): Result<string, LoadFailure> {
  const head = text.trimStart().slice(0, 400).toLowerCase();
  const isSvg = /\.svg$/i.test(name) || head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'));
  if (!isSvg) return ok(text);
  const source = extractSource(text);
  if (source === null) {
    return err({ title: `“${name}” has no workflow inside`, detail: 'Only SVGs made with “Export SVG” in OSOP Canvas carry their YAML and can be reopened.' });
  }
  return ok(source);
}

/** Fetches workflow text from an https address, explaining CORS, HTTP and size failures. */
export async function fetchWorkflow(url: string, fetchFn: typeof fetch = fetch): Promise<Result<string, LoadFailure>> {
  let response: Response;
  try {
    response = await fetchFn(url, { credentials: 'omit', redirect: 'follow' });
  } catch {
    return err({
      title: 'The workflow address could not be reached',
      detail: `${url} did not answer, or its server does not allow other sites to read it (CORS). Raw file links such as raw.githubusercontent.com work; page links usually do not.`,
    });
  }
  if (!response.ok) {
    return err({ title: `The workflow address answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, detail: `${url} — check that the address points at a raw YAML file.` });
  }
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_FILE_BYTES) return err({ title: 'The workflow at that address is too large', detail: `${url} has ${length} bytes; up to 5 MB can be opened.` });
  const text = await response.text();
  if (text.length > MAX_FILE_BYTES) return err({ title: 'The workflow at that address is too large', detail: `${url} has more than 5 MB of text.` });
  if (looksBinary(text)) return err({ title: 'The address did not return text', detail: `${url} returned binary data, not YAML.` });
  return ok(text);
}
