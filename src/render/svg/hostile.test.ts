/**
 * Hostile text from a workflow file stays text in the SVG: no element, attribute, comment or
 * CDATA section can be injected, and the document stays well-formed.
 */
import { describe, expect, it } from 'vitest';
import { layoutNow } from '@/layout';
import { parseWorkflow } from '@/model/parse';
import { buildDiagram } from '../diagram';
import { extractSource, renderSvg } from './index';
import { allElements, parseXml, textOf } from './xmlTree.testkit';

/** YAML double-quoted scalars, so escapes make control characters and lone surrogates. */
const EVIL = {
  script: '<script>alert(1)</script>',
  cdata: ']]><![CDATA[x',
  comment: '--><!-- x --',
  quotes: `" onload="alert(1)" x='`,
  entity: '&amp; &#0; &lt;b&gt; &bogus;',
  controls: 'bell\\a nul\\0 esc\\e del\\x7f nel\\N',
  surrogate: 'lone \\ud800 and \\udfff',
  style: '</style><style>*{fill:red}</style>',
  xml: '<?xml version="1.0"?><!DOCTYPE x>',
};

const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;

const yaml = `
id: ${q(EVIL.script)}
name: ${q(`${EVIL.script} ${EVIL.cdata}`)}
version: ${q(EVIL.quotes)}
description: ${q(`${EVIL.comment} ${EVIL.controls} ${EVIL.xml}`)}
nodes:
  - id: ${q(EVIL.quotes)}
    type: ${q(EVIL.style)}
    name: ${q(EVIL.script)}
    runtime:
      command: ${q(EVIL.cdata)}
    inputs: [${q(EVIL.entity)}]
    outputs: [${q(EVIL.surrogate)}]
    timeout_sec: 30
  - id: ${q(EVIL.comment)}
    type: cli
    purpose: ${q(EVIL.controls)}
    security:
      credentials: [${q(EVIL.xml)}]
  - id: plain
    type: agent
    name: ${q(EVIL.surrogate)}
    runtime: { model: ${q(EVIL.style)} }
edges:
  - from: ${q(EVIL.quotes)}
    to: ${q(EVIL.comment)}
    mode: conditional
    when: ${q(`${EVIL.script} && ${EVIL.cdata}`)}
  - from: ${q(EVIL.comment)}
    to: plain
    mode: ${q(EVIL.quotes)}
    label: ${q(`${EVIL.entity} ${EVIL.controls}`)}
  - from: plain
    to: ${q(EVIL.quotes)}
    mode: loop
    condition: ${q(EVIL.surrogate)}
`;

const ALLOWED = new Set([
  'svg',
  'title',
  'desc',
  'metadata',
  'osop:source',
  'defs',
  'style',
  'filter',
  'feDropShadow',
  'symbol',
  'path',
  'circle',
  'line',
  'rect',
  'polyline',
  'marker',
  'clipPath',
  'g',
  'use',
  'text',
  'tspan',
]);

describe('hostile workflow text', () => {
  it('stays text in a well-formed SVG, in both themes', async () => {
    const graph = parseWorkflow(yaml).graph;
    if (!graph) throw new Error('no graph');
    expect(graph.nodes).toHaveLength(3);
    expect(graph.edges).toHaveLength(3);
    const diagram = buildDiagram(graph, 'DOWN');
    const layout = await layoutNow(diagram.request);
    for (const theme of ['light', 'dark'] as const) {
      const svg = renderSvg({ graph, diagram, layout, theme, source: yaml });
      const root = parseXml(svg);
      const elements = allElements(root);
      // Only the renderer's own elements and attributes; no script, no event handlers.
      for (const e of elements) {
        expect(ALLOWED.has(e.name), e.name).toBe(true);
        for (const name of Object.keys(e.attrs)) expect(name).not.toMatch(/^on/i);
      }
      expect(svg).not.toMatch(/<script|<!--|<!\[CDATA\[|<!DOCTYPE|<\?xml[^>]*\?>[\s\S]*<\?xml/);
      expect(elements.filter((e) => e.name === 'style')).toHaveLength(1);
      // The text is there, as text.
      expect(root.children.find((c) => c.name === 'title')?.text).toBe(
        `${EVIL.script} ${EVIL.cdata}`,
      );
      const ids = elements.map((e) => e.attrs['data-node-id']).filter((id) => id !== undefined);
      expect(ids.sort()).toEqual([EVIL.comment, EVIL.quotes, 'plain'].sort());
      const edge = elements.find(
        (e) =>
          e.attrs['data-edge-mode'] === 'conditional' && e.attrs['data-edge-from'] !== undefined,
      );
      expect(textOf(edge ?? root)).toContain(`when: ${EVIL.script} && ${EVIL.cdata}`);
      expect(elements.some((e) => e.attrs['data-edge-mode'] === EVIL.quotes)).toBe(true);
      const all = textOf(root);
      expect(all).toContain(EVIL.style.toUpperCase().slice(0, 8));
      // Control characters and lone surrogates are dropped, the rest kept.
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(all).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      expect(all).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
      expect(all).toContain('lone  and ');
      // The source still round-trips (lone surrogates aside, as in share links).
      expect(extractSource(svg)).toBe(yaml);
    }
  });
});
