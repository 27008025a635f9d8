import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/createAppStore';
import { startLayoutEffect } from '@/store/layoutEffect';
import { columnLayout, flush } from '@/store/layout.testkit';
import { overviewJobs } from './overview';

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
    const { defs, jobs } = overviewJobs(await shownOf(HOSTILE));
    expect(jobs.map((j) => j.layer)).toEqual(['edges', 'labels', 'nodes', 'nodes']);
    const markup = defs + jobs.map((j) => j.markup()).join('');
    // Nothing from the file opens or closes an element, or leaves its attribute.
    expect(markup).not.toMatch(/<(img|script|b)\b|<\/(title|script|b)>\s*<script/);
    expect(markup).toContain('data-node-id="a&quot;b&lt;c&gt;&amp;d"');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/title&gt;&lt;script&gt;');
    expect(markup).toContain('when: x &lt; 3 &amp;&amp; y &gt; &apos;q&apos;');
    // Every element the markup opens is one of the overview's own.
    const tags = new Set([...markup.matchAll(/<([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['g', 'marker', 'path', 'rect', 'text', 'title']);
  });
});
