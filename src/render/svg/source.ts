/**
 * The workflow's YAML inside an exported SVG, so that dropping the SVG onto the app reopens it:
 *
 * ```xml
 * <metadata><osop:source xmlns:osop="https://osop.dev/canvas" encoding="deflate-base64url"
 *   media-type="application/yaml">…payload…</osop:source></metadata>
 * ```
 *
 * The payload is exactly a `#osop=` link payload (base64url of raw DEFLATE of the UTF-8 text,
 * made by the share codec): it is plain ASCII, so XML cannot alter it (no line-ending
 * normalisation, no characters XML forbids), it is small, and `…/#osop=<payload>` opens the same
 * workflow. Pure.
 */
import { decodePayload, encodePayload } from '@/share';
import { decodeContent, findElement } from './xmlScan';

/** Namespace of the OSOP Canvas metadata elements. */
export const OSOP_NS = 'https://osop.dev/canvas';

/** The `encoding` written by {@link sourceMetadata}: a share-link payload. */
export const SOURCE_ENCODING = 'deflate-base64url';

/** Payload characters per line in the embedded source (whitespace is ignored when reading). */
const LINE = 100;

/**
 * The `<metadata>` element that embeds `source`. Well-formed strings round-trip exactly through
 * {@link extractSource}; lone UTF-16 surrogates (which no file read as UTF-8 can contain)
 * become U+FFFD, as in share links.
 */
export function sourceMetadata(source: string): string {
  const payload = encodePayload(source);
  let wrapped = '';
  for (let i = 0; i < payload.length; i += LINE) wrapped += `\n${payload.slice(i, i + LINE)}`;
  return (
    `<metadata><osop:source xmlns:osop="${OSOP_NS}" encoding="${SOURCE_ENCODING}" media-type="application/yaml">` +
    `${wrapped}\n</osop:source></metadata>`
  );
}

/**
 * The workflow text embedded in an SVG document, or null when there is none or it is damaged.
 * Pure, never throws, no DOM. Reads the first `source` element in the {@link OSOP_NS} namespace
 * inside a `<metadata>` element (any prefix); text elsewhere in the SVG, comments and CDATA
 * cannot pose as it. Besides {@link SOURCE_ENCODING} it accepts `encoding="base64"` (standard
 * base64 of UTF-8) and plain XML text (no `encoding`, or `text`), for files made by other tools.
 */
export function extractSource(svgText: string): string | null {
  const found = findElement(svgText, OSOP_NS, 'source', 'metadata');
  if (!found) return null;
  const encoding = (found.attributes.get('encoding') ?? 'text').trim().toLowerCase();
  switch (encoding) {
    case SOURCE_ENCODING: {
      const decoded = decodePayload(found.content.trim());
      return decoded.ok ? decoded.value : null;
    }
    case 'base64':
      return fromBase64(found.content);
    case 'text':
    case '':
      return decodeContent(found.content);
    default:
      return null;
  }
}

function fromBase64(content: string): string | null {
  const clean = content.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  try {
    const binary = atob(clean);
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
