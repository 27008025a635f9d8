/**
 * A tolerant, DOM-free scan of XML markup for one element, used to find the embedded source in
 * an SVG. It walks real tags only: comments, CDATA sections, processing instructions and the
 * doctype are skipped, and escaped text (`&lt;osop:source&gt;`) is never a tag, so text inside
 * the drawing cannot pose as the embedded source. Namespace prefixes are resolved, so a file
 * re-saved with another prefix for the same namespace still matches. Pure.
 */

/** An element found by {@link findElement}: its attributes (decoded) and its raw content. */
export interface FoundElement {
  readonly attributes: ReadonlyMap<string, string>;
  /** The markup between the start and end tag, undecoded ('' for an empty element). */
  readonly content: string;
}

interface Open {
  readonly qname: string;
  readonly local: string;
  readonly ns: ReadonlyMap<string, string>;
}

const START_TAG = /<([A-Za-z_][\w.\-:]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const END_TAG = /<\/\s*([^\s>]+)\s*>/y;

/** Decodes the five predefined entities and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    switch (ref) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

/** Decodes element text content: entities outside CDATA sections, CDATA sections verbatim. */
export function decodeContent(markup: string): string {
  let out = '';
  let i = 0;
  while (i < markup.length) {
    const start = markup.indexOf('<![CDATA[', i);
    if (start < 0) break;
    const end = markup.indexOf(']]>', start + 9);
    if (end < 0) break;
    out += decodeEntities(markup.slice(i, start)) + markup.slice(start + 9, end);
    i = end + 3;
  }
  return out + decodeEntities(markup.slice(i));
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function namespaceOf(qname: string, ns: ReadonlyMap<string, string>): string | undefined {
  const colon = qname.indexOf(':');
  return ns.get(colon < 0 ? '' : qname.slice(0, colon));
}

/** Index just past the markup construct that starts with `<!` or `<?` at `i`, or -1. */
function skipSpecial(text: string, i: number): number {
  if (text.startsWith('<!--', i)) return end(text.indexOf('-->', i + 4), 3);
  if (text.startsWith('<![CDATA[', i)) return end(text.indexOf(']]>', i + 9), 3);
  if (text.startsWith('<?', i)) return end(text.indexOf('?>', i + 2), 2);
  // <!DOCTYPE …> with an optional [internal subset].
  const close = text.indexOf('>', i);
  const bracket = text.indexOf('[', i);
  if (bracket >= 0 && (close < 0 || bracket < close)) {
    const closeBracket = text.indexOf(']', bracket);
    return closeBracket < 0 ? -1 : end(text.indexOf('>', closeBracket), 1);
  }
  return end(close, 1);
}

function end(index: number, length: number): number {
  return index < 0 ? -1 : index + length;
}

/**
 * Finds the first element in namespace `ns` with local name `local` that sits inside an element
 * whose local name is `inside` (any namespace). Never throws; returns null when there is none
 * or the markup around it is broken.
 */
export function findElement(
  text: string,
  ns: string,
  local: string,
  inside: string,
): FoundElement | null {
  const stack: Open[] = [];
  const root: ReadonlyMap<string, string> = new Map([
    ['xml', 'http://www.w3.org/XML/1998/namespace'],
  ]);
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const after = skipSpecial(text, i);
      if (after < 0) return null;
      i = text.indexOf('<', after);
      continue;
    }
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = i;
      const m = END_TAG.exec(text);
      if (!m) return null;
      const at = stack.map((o) => o.qname).lastIndexOf(m[1] ?? '');
      if (at >= 0) stack.length = at;
      i = text.indexOf('<', END_TAG.lastIndex);
      continue;
    }
    START_TAG.lastIndex = i;
    const m = START_TAG.exec(text);
    if (!m) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const qname = m[1] ?? '';
    const attributes = new Map<string, string>();
    const scope = new Map(stack[stack.length - 1]?.ns ?? root);
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const name = a[1] ?? '';
      const value = decodeEntities(a[2] ?? a[3] ?? '');
      attributes.set(name, value);
      if (name === 'xmlns') scope.set('', value);
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
    }
    const selfClosing = m[3] === '/';
    const afterTag = START_TAG.lastIndex;
    if (
      localName(qname) === local &&
      namespaceOf(qname, scope) === ns &&
      stack.some((o) => o.local === inside)
    ) {
      if (selfClosing) return { attributes, content: '' };
      const close = text.indexOf(`</${qname}`, afterTag);
      return close < 0 ? null : { attributes, content: text.slice(afterTag, close) };
    }
    if (!selfClosing) stack.push({ qname, local: localName(qname), ns: scope });
    i = text.indexOf('<', afterTag);
  }
  return null;
}
