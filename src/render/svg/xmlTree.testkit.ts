/**
 * Test helper (not shipped): parses XML with saxes, a strict, namespace-aware XML 1.0 parser,
 * into a small element tree, so tests can check that an SVG is well-formed and query it.
 * Throws on the first well-formedness or namespace error.
 */
import { SaxesParser } from 'saxes';

/** One parsed element. `attrs` maps qualified names to values. */
export interface XmlElement {
  readonly name: string;
  readonly uri: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Text and CDATA directly inside this element, in order. */
  text: string;
}

/** Parses `xml`; throws an Error naming line and column of the first problem. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const el: XmlElement = { name: tag.name, uri: tag.uri, attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('No root element');
  return root;
}

/** Every element of the tree (depth first, document order). */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The text of an element and its descendants, concatenated. */
export function textOf(el: XmlElement): string {
  return el.text + el.children.map(textOf).join('');
}
