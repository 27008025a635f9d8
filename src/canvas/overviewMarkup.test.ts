import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/createAppStore';
import { startLayoutEffect } from '@/store/layoutEffect';
import { columnLayout, flush } from '@/store/layout.testkit';
import fc from 'fast-check';
import { arrowHead, overviewBatches, overviewJobs, overviewTextJobs, overviewTitle } from './overviewMarkup';

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
    const jobs = overviewJobs(shown);
    expect(jobs.map((j) => j.layer)).toEqual(['edges', 'labels', 'nodes', 'nodes']);
    const text = overviewTextJobs(shown);
    expect(text.map((j) => j.layer)).toEqual(['text', 'text', 'text']);
    const batches = overviewBatches(shown, null);
    const shapes = jobs.map((j) => j.markup()).join('') + batches.heads + batches.bars;
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
    expect(tags(shapes)).toEqual(['g', 'path', 'rect']);
    expect(tags(markup)).toEqual(['g', 'path', 'rect', 'text']);
  });

  it('draws a node as one card and an edge as one <g> (the DOM hooks), its label box as a bare rect', async () => {
    const shown = await shownOf(HOSTILE);
    const markup = overviewJobs(shown)
      .map((j) => j.markup())
      .join('');
    const box = shown.layout.nodes.plain;
    if (!box) throw new Error('no box');
    expect(markup).toContain(`<rect class="osop-ov-card" data-node-id="plain" data-node-type="api" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"`);
    // Only the edge itself is a <g> with data-edge-from: counting them counts the edges.
    expect(markup.match(/<g [^>]*data-edge-from=/g)).toHaveLength(1);
    expect(markup).toMatch(/<g class="osop-ov-edge" data-edge-id="[^"]+" data-edge-from="a&quot;b&lt;c&gt;&amp;d" data-edge-to="plain" data-edge-mode="conditional"><path /);
    expect(markup).toMatch(/<rect class="osop-ov-label" data-edge-label="[^"]+" data-edge-from=/);
  });

  it('escapes a hostile node type and edge mode too', async () => {
    const shown = await shownOf(`
id: hostile-kinds
nodes:
  - { id: a, type: '"><script>alert(1)</script>' }
  - { id: b, type: cli }
edges:
  - { from: a, to: b, mode: "x' onload='alert(2)" }
`);
    const markup = overviewJobs(shown)
      .map((j) => j.markup())
      .join('');
    expect(markup).toContain('data-node-type="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(markup).toContain('data-edge-mode="x&apos; onload=&apos;alert(2)"');
    expect(markup).not.toMatch(/<script|onload='/);
  });

  it('places each title on its node and each label line in its label box', async () => {
    const shown = await shownOf(HOSTILE);
    const box = shown.layout.nodes.plain;
    if (!box) throw new Error('no box');
    const title = overviewTextJobs(shown)
      .map((j) => j.markup())
      .find((m) => m.includes('data-title-of="plain"'));
    expect(title).toContain(`x="${box.x + 16}" y="${box.y + box.height / 2}"`);
    const line = overviewTextJobs(shown)[0]?.markup();
    expect(line).toMatch(/^<g class="osop-ov-label-text" data-label-text="[^"]+"><text x="[\d.]+" y="[\d.]+">/);
  });
});

describe('overviewBatches', () => {
  const paths = (markup: string) => [...markup.matchAll(/<path class="[^"]+" d="([^"]*)" style="([^"]*)"\/>/g)].map((m) => ({ d: m[1] ?? '', style: m[2] ?? '' }));

  it('draws every arrowhead and accent bar, one path per colour', async () => {
    const shown = await shownOf(HOSTILE);
    const { heads, bars } = overviewBatches(shown, null);
    // One conditional edge: one head. Two nodes of two types: two bars in two colours.
    expect(paths(heads)).toHaveLength(1);
    expect(paths(heads)[0]?.d.match(/M/g)).toHaveLength(1);
    expect(paths(bars)).toHaveLength(2);
    expect(new Set(paths(bars).map((p) => p.style)).size).toBe(2);
  });

  it("shows a simulation's states: a taken edge's head in the taken colour, a skipped node's bar faded", async () => {
    const shown = await shownOf(HOSTILE);
    const edge = shown.diagram.edges[0];
    if (!edge) throw new Error('no edge');
    const taken = overviewBatches(shown, { nodes: { plain: { state: 'skipped' } }, edges: { [edge.id]: 'taken' } });
    expect(paths(taken.heads).map((p) => p.style)).toEqual(['fill:var(--sim-taken)']);
    expect(paths(taken.bars).map((p) => p.style.includes('opacity:0.35'))).toEqual([false, true]);
    const notTaken = overviewBatches(shown, { nodes: {}, edges: { [edge.id]: 'not-taken' } });
    expect(paths(notTaken.heads)[0]?.style).toMatch(/opacity:0\.2$/);
  });
});

describe('arrowHead', () => {
  const corners = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

  it('points along the last segment, its tip at the end', () => {
    expect(arrowHead([{ x: 0, y: 0 }, { x: 0, y: 100 }], 10)).toBe('M0,100L-5,90L5,90z');
    expect(arrowHead([{ x: 50, y: 0 }, { x: 0, y: 0 }], 10)).toBe('M0,0L10,-5L10,5z');
    expect(arrowHead([{ x: 3, y: 3 }], 10)).toBe('');
    expect(arrowHead([{ x: 3, y: 3 }, { x: 3, y: 3 }], 10)).toBe('');
  });

  it('is an isosceles triangle `size` long and wide for any last segment', () => {
    const coord = fc.integer({ min: -5000, max: 5000 });
    fc.assert(
      fc.property(coord, coord, coord, coord, fc.integer({ min: 4, max: 40 }), (x0, y0, x1, y1, size) => {
        fc.pre(Math.hypot(x1 - x0, y1 - y0) >= 1);
        const [tip, a, b] = corners(arrowHead([{ x: x0, y: y0 }, { x: x1, y: y1 }], size));
        if (!tip || !a || !b) throw new Error('not a triangle');
        expect(tip).toEqual({ x: x1, y: y1 });
        // The base is `size` wide, its middle `size` back from the tip towards the start.
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(size, 0);
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        expect(Math.hypot(mid.x - x1, mid.y - y1)).toBeCloseTo(size, 0);
        // …along the segment, pointing from its start to its end.
        const len = Math.hypot(x1 - x0, y1 - y0);
        expect(((x1 - mid.x) * (x1 - x0) + (y1 - mid.y) * (y1 - y0)) / len).toBeCloseTo(size, 0);
      }),
    );
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
