/**
 * The source embedded in an exported SVG: exact round trip for any text, and extraction that
 * is not fooled by look-alike text elsewhere in the document.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutNow } from '@/layout';
import type { LayoutResult } from '@/layout/protocol';
import { parseWorkflow } from '@/model/parse';
import type { WorkflowGraph } from '@/model/types';
import { encodePayload } from '@/share';
import { buildDiagram, type Diagram } from '../diagram';
import { extractSource, OSOP_NS, renderSvg, SOURCE_ENCODING } from './index';
import { sourceMetadata } from './source';
import { parseXml } from './xmlTree.testkit';

const referenceText = readFileSync(
  new URL('../../examples/k8s-rollout.osop.yaml', import.meta.url),
  'utf8',
);

/** Any text: all code points, UTF-16 units, and pieces that trouble XML and the scanner. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(
      fc.constantFrom(
        '\r\n',
        '\r',
        '\n',
        ']]>',
        '<',
        '&',
        '&amp;',
        '\u0000',
        '--',
        '\uFEFF',
        '</osop:source>',
        '<metadata>',
        '漸進式',
        '😀',
        'a',
        ' ',
      ),
    )
    .map((parts) => parts.join('')),
);

const svgDoc = (inner: string) =>
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;

describe('extractSource(renderSvg({ source }))', () => {
  let graph: WorkflowGraph;
  let diagram: Diagram;
  let layout: LayoutResult;
  beforeAll(async () => {
    const parsed = parseWorkflow(referenceText).graph;
    if (!parsed) throw new Error('no graph');
    graph = parsed;
    diagram = buildDiagram(graph, 'DOWN');
    layout = await layoutNow(diagram.request);
  });

  it('returns the reference text exactly', () => {
    expect(
      extractSource(renderSvg({ graph, diagram, layout, theme: 'light', source: referenceText })),
    ).toBe(referenceText);
  });

  it('returns any well-formed text exactly (property)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<'light' | 'dark'>('light', 'dark'), (t, theme) => {
        expect(extractSource(renderSvg({ graph, diagram, layout, theme, source: t }))).toBe(t);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps CR, CRLF, NUL, a BOM and the empty string', () => {
    for (const t of ['a\r\nb\rc\n', '\u0000\u0001', '\uFEFFid: x\n', '', ' \n ']) {
      expect(extractSource(renderSvg({ graph, diagram, layout, theme: 'dark', source: t }))).toBe(
        t,
      );
    }
  });

  it('turns lone surrogates into U+FFFD (as share links do)', () => {
    expect(
      extractSource(renderSvg({ graph, diagram, layout, theme: 'light', source: 'a\uD800b' })),
    ).toBe('a\uFFFDb');
  });

  it('is the share-link payload, inside <metadata>, in the OSOP namespace', () => {
    const svg = renderSvg({ graph, diagram, layout, theme: 'light', source: referenceText });
    const root = parseXml(svg);
    const metadata = root.children.find((c) => c.name === 'metadata');
    const source = metadata?.children[0];
    expect(source?.name).toBe('osop:source');
    expect(source?.uri).toBe(OSOP_NS);
    expect(source?.attrs.encoding).toBe(SOURCE_ENCODING);
    expect(source?.text.replace(/\s+/g, '')).toBe(encodePayload(referenceText));
  });

  it('is not fooled by workflow text that looks like the metadata', async () => {
    const fake = `<metadata><osop:source xmlns:osop="${OSOP_NS}" encoding="text">evil</osop:source></metadata>`;
    const yaml = `id: fake\nname: ${JSON.stringify(fake)}\ndescription: ${JSON.stringify(fake)}\nnodes:\n  - id: a\n    name: ${JSON.stringify(fake)}\nedges: []\n`;
    const g = parseWorkflow(yaml).graph;
    if (!g) throw new Error('no graph');
    const d = buildDiagram(g, 'DOWN');
    const l = await layoutNow(d.request);
    expect(
      extractSource(renderSvg({ graph: g, diagram: d, layout: l, theme: 'light' })),
    ).toBeNull();
    expect(
      extractSource(renderSvg({ graph: g, diagram: d, layout: l, theme: 'light', source: yaml })),
    ).toBe(yaml);
  });
});

describe('extractSource on other documents', () => {
  const payload = encodePayload('id: real\n');
  const real = `<metadata><osop:source xmlns:osop="${OSOP_NS}" encoding="${SOURCE_ENCODING}">${payload}</osop:source></metadata>`;

  it('skips comments, CDATA, processing instructions and a doctype', () => {
    const fakeTag = `<metadata><osop:source xmlns:osop="${OSOP_NS}" encoding="text">evil</osop:source></metadata>`;
    const doc =
      '<?xml version="1.0"?><!DOCTYPE svg [ <!ENTITY x "<metadata>"> ]>' +
      `<svg xmlns="http://www.w3.org/2000/svg"><!-- ${fakeTag} --><?pi ${fakeTag} ?>` +
      `<style><![CDATA[ ${fakeTag} ]]></style><text>&lt;metadata&gt;&lt;osop:source&gt;evil</text>${real}</svg>`;
    expect(extractSource(doc)).toBe('id: real\n');
  });

  it('ignores a source element outside <metadata> or in another namespace', () => {
    expect(
      extractSource(
        svgDoc(`<g><osop:source xmlns:osop="${OSOP_NS}" encoding="text">evil</osop:source></g>`),
      ),
    ).toBeNull();
    expect(
      extractSource(
        svgDoc(
          `<metadata><osop:source xmlns:osop="https://example.com/" encoding="text">evil</osop:source></metadata>`,
        ),
      ),
    ).toBeNull();
    expect(
      extractSource(svgDoc('<metadata><source encoding="text">evil</source></metadata>')),
    ).toBeNull();
    expect(
      extractSource(
        svgDoc(
          `<metadata/><osop:source xmlns:osop="${OSOP_NS}" encoding="text">evil</osop:source>`,
        ),
      ),
    ).toBeNull();
  });

  it('resolves any prefix, including one declared on an ancestor or the default namespace', () => {
    expect(
      extractSource(
        svgDoc(
          `<metadata xmlns:x="${OSOP_NS}"><x:source encoding="${SOURCE_ENCODING}">${payload}</x:source></metadata>`,
        ),
      ),
    ).toBe('id: real\n');
    expect(
      extractSource(
        svgDoc(
          `<metadata><source xmlns="${OSOP_NS}" encoding='${SOURCE_ENCODING}'>\n${payload}\n</source></metadata>`,
        ),
      ),
    ).toBe('id: real\n');
  });

  it('reads base64 and plain-text encodings made by other tools', () => {
    const b64 = Buffer.from('name: "漸進式"\r\n', 'utf8').toString('base64');
    expect(
      extractSource(
        svgDoc(
          `<metadata><o:source xmlns:o="${OSOP_NS}" encoding="base64">${b64}</o:source></metadata>`,
        ),
      ),
    ).toBe('name: "漸進式"\r\n');
    expect(
      extractSource(
        svgDoc(
          `<metadata><o:source xmlns:o="${OSOP_NS}">a &lt; b &amp;&#x1F600;&#10;<![CDATA[<raw> & ]]>end</o:source></metadata>`,
        ),
      ),
    ).toBe('a < b &😀\n<raw> & end');
    expect(
      extractSource(
        svgDoc(`<metadata><o:source xmlns:o="${OSOP_NS}" encoding="text"/></metadata>`),
      ),
    ).toBe('');
  });

  it('returns null for damaged or unknown payloads', () => {
    const wrap = (enc: string, body: string) =>
      svgDoc(
        `<metadata><o:source xmlns:o="${OSOP_NS}" encoding="${enc}">${body}</o:source></metadata>`,
      );
    expect(extractSource(wrap(SOURCE_ENCODING, payload.slice(0, -3)))).toBeNull();
    expect(extractSource(wrap(SOURCE_ENCODING, '!!!'))).toBeNull();
    expect(extractSource(wrap(SOURCE_ENCODING, ''))).toBeNull();
    expect(extractSource(wrap('base64', '####'))).toBeNull();
    expect(extractSource(wrap('base64', '/w=='))).toBeNull(); // 0xFF is not UTF-8
    expect(extractSource(wrap('rot13', 'vq: k'))).toBeNull();
    expect(
      extractSource(
        svgDoc(`<metadata><o:source xmlns:o="${OSOP_NS}" encoding="text">unterminated`),
      ),
    ).toBeNull();
  });

  it('returns null for documents without a source, and never throws', () => {
    expect(extractSource('')).toBeNull();
    expect(extractSource('not xml at all')).toBeNull();
    expect(extractSource(svgDoc('<rect/>'))).toBeNull();
    expect(extractSource('<svg><!-- unterminated')).toBeNull();
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '<',
            '>',
            '/',
            '!',
            '-',
            '[',
            ']',
            '?',
            '"',
            "'",
            'a',
            ' ',
            '=',
            ':',
            'metadata',
            'osop:source',
            `xmlns:osop="${OSOP_NS}"`,
          ),
        }),
        (s) => {
          const r = extractSource(s);
          expect(r === null || typeof r === 'string').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('wraps the payload in short lines', () => {
    const big = 'x: '.concat(Array.from({ length: 4000 }, (_, i) => String(i * 7919)).join(','));
    const meta = sourceMetadata(big);
    for (const line of meta.split('\n').slice(1, -1)) expect(line.length).toBeLessThanOrEqual(100);
    expect(extractSource(svgDoc(meta))).toBe(big);
  });
});
