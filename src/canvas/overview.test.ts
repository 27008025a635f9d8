import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/createAppStore';
import { startLayoutEffect } from '@/store/layoutEffect';
import { columnLayout, flush } from '@/store/layout.testkit';
import { overviewJobs, overviewTextJobs, overviewTitle } from './overview';

const HOSTILE = `
id: hostile
nodes:
  - id: 'a"b<c>&d'
    type: cli
    name: "<img src=x onerror=alert(1)> & </title><script>alert(2)</script>"
  - id: plain
    type: api
    name: "Tab\\there, line\\nbreak"
edges:
  - from: 'a"b<c>&d'
    to: plain
    mode: conditional
    when: "x < 3 && y > 'q'"
    label: "<b>bold</b> \\" quote"
`;

async function shownOf(text: string) {
  const store = createAppStore({ text, source: { kind: 'example' } });
  // The column layout, with a box for every label.
  startLayoutEffect(store, async (request) => {
    const result = await columnLayout(request);
    const edges = { ...result.edges };
    for (const e of request.edges) {
      const routed = edges[e.id];
      if (routed && e.label) edges[e.id] = { ...routed, label: { x: 10, y: 5, width: e.label.width, height: e.label.height } };
    }
    return { ...result, edges };
  });
  await flush();
  const shown = store.getState().shown;
  if (!shown) throw new Error('nothing shown');
  return shown;
}

describe('overviewJobs', () => {
  it('writes a job per node, edge and label, each text from the file escaped', async () => {
    const shown = await shownOf(HOSTILE);
    const { defs, jobs } = overviewJobs(shown);
    expect(jobs.map((j) => j.layer)).toEqual(['edges', 'labels', 'nodes', 'nodes']);
    const text = overviewTextJobs(shown);
    expect(text.map((j) => j.layer)).toEqual(['text', 'text', 'text']);
    const shapes = defs + jobs.map((j) => j.markup()).join('');
    const markup = shapes + text.map((j) => j.markup()).join('');
    // Nothing from the file opens or closes an element, or leaves its attribute.
    expect(markup).not.toMatch(/<(img|script|b)\b|<\/(title|script|b)>\s*<script/);
    expect(markup).toContain('data-node-id="a&quot;b&lt;c&gt;&amp;d"');
    expect(markup).toContain('data-title-of="a&quot;b&lt;c&gt;&amp;d"');
    expect(markup).toContain('>&lt;img src=x');
    expect(markup).toContain('&lt;b&gt;bold&lt;/b&gt;');
    // Every element the markup opens is one of the overview's own; tooltips come on hover, text
    // only in the text jobs.
    const tags = (m: string) => [...new Set([...m.matchAll(/<([a-z]+)/g)].map((t) => t[1]))].sort();
    expect(tags(shapes)).toEqual(['g', 'marker', 'path', 'rect']);
    expect(tags(markup)).toEqual(['g', 'marker', 'path', 'rect', 'text']);
  });

  it('places each title on its node and each label line in its label box', async () => {
    const shown = await shownOf(HOSTILE);
    const box = shown.layout.nodes.plain;
    if (!box) throw new Error('no box');
    const title = overviewTextJobs(shown).map((j) => j.markup()).find((m) => m.includes('data-title-of="plain"'));
    expect(title).toContain(`x="${box.x + 16}" y="${box.y + box.height / 2}"`);
    const line = overviewTextJobs(shown)[0]?.markup();
    expect(line).toMatch(/^<g class="osop-ov-label-text" data-label-text="[^"]+"><text x="[\d.]+" y="[\d.]+">/);
  });
});

describe('overviewTitle', () => {
  it('gives a node its full name, id and type, and a label its condition (set as text, never as markup)', async () => {
    const shown = await shownOf(HOSTILE);
    expect(overviewTitle(shown, 'node', 'a"b<c>&d')).toBe('<img src=x onerror=alert(1)> & </title><script>alert(2)</script>\na"b<c>&d · cli');
    expect(overviewTitle(shown, 'node', 'plain')).toBe('Tab\there, line\nbreak\nplain · api');
    const edge = shown.diagram.edges[0];
    if (!edge) throw new Error('no edge');
    expect(overviewTitle(shown, 'label', edge.id)).toBe("when: x < 3 && y > 'q'");
    expect(overviewTitle(shown, 'node', 'nope')).toBeNull();
    expect(overviewTitle(shown, 'label', 'nope')).toBeNull();
  });
});
