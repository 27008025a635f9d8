/**
 * The SVG renderer on the reference workflow (9 nodes, 10 edges, 4 conditional edges, two
 * labelled, a Chinese name): structure, text, themes, directions, size, determinism.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutNow } from '@/layout';
import type { LayoutResult } from '@/layout/protocol';
import { parseWorkflow } from '@/model/parse';
import type { LayoutDirection, WorkflowGraph } from '@/model/types';
import { buildDiagram, type Diagram } from '../diagram';
import { APP_FONT_FILES, extractSource, renderSvg, type SvgTheme } from './index';
import { allElements, parseXml, textOf, type XmlElement } from './xmlTree.testkit';

const SVG_NS = 'http://www.w3.org/2000/svg';
const referenceText = readFileSync(
  new URL('../../examples/k8s-rollout.osop.yaml', import.meta.url),
  'utf8',
);

interface Fixture {
  readonly graph: WorkflowGraph;
  readonly diagram: Diagram;
  readonly layout: LayoutResult;
}

async function fixture(text: string, direction: LayoutDirection): Promise<Fixture> {
  const graph = parseWorkflow(text).graph;
  if (!graph) throw new Error('reference workflow did not parse');
  const diagram = buildDiagram(graph, direction);
  return { graph, diagram, layout: await layoutNow(diagram.request) };
}

const byAttr = (root: XmlElement, name: string) =>
  allElements(root).filter((e) => e.attrs[name] !== undefined);
const titleOf = (el: XmlElement) => el.children.find((c) => c.name === 'title')?.text;

describe('renderSvg: reference workflow', () => {
  const svgs = new Map<string, string>();
  let down: Fixture;
  let right: Fixture;
  beforeAll(async () => {
    down = await fixture(referenceText, 'DOWN');
    right = await fixture(referenceText, 'RIGHT');
    for (const theme of ['light', 'dark'] as const) {
      svgs.set(`DOWN-${theme}`, renderSvg({ ...down, theme, source: referenceText }));
      svgs.set(`RIGHT-${theme}`, renderSvg({ ...right, theme, source: referenceText }));
    }
  });
  const svg = (key: string): string => {
    const s = svgs.get(key);
    if (s === undefined) throw new Error(key);
    return s;
  };

  describe.each(['DOWN-light', 'DOWN-dark', 'RIGHT-light', 'RIGHT-dark'])('%s', (key) => {
    it('is a well-formed standalone SVG document', () => {
      const text = svg(key);
      expect(
        text.startsWith(
          '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
        ),
      ).toBe(true);
      const root = parseXml(text);
      expect(root.name).toBe('svg');
      expect(root.uri).toBe(SVG_NS);
      const [w, h] = [Number(root.attrs.width), Number(root.attrs.height)];
      expect(w).toBeGreaterThan(300);
      expect(h).toBeGreaterThan(300);
      expect(root.attrs.viewBox).toBe(`0 0 ${w} ${h}`);
    });

    it('has 9 node groups and 10 edge groups with their data attributes', () => {
      const root = parseXml(svg(key));
      const nodes = byAttr(root, 'data-node-id');
      expect(nodes.map((n) => n.attrs['data-node-id']).sort()).toEqual(
        down.graph.nodes.map((n) => n.id).sort(),
      );
      for (const n of nodes) {
        expect(n.name).toBe('g');
        expect(n.attrs['data-node-type']).toBe(
          down.graph.nodes.find((m) => m.id === n.attrs['data-node-id'])?.type,
        );
      }
      const edges = byAttr(root, 'data-edge-from');
      expect(edges).toHaveLength(10);
      expect(
        edges.map(
          (e) =>
            `${e.attrs['data-edge-from']}>${e.attrs['data-edge-to']}:${e.attrs['data-edge-mode']}`,
        ),
      ).toEqual(down.graph.edges.map((e) => `${e.from}>${e.to}:${e.mode}`));
      for (const e of edges) {
        const path = e.children.find((c) => c.name === 'path');
        expect(path?.attrs.d).toMatch(/^M[\d.-]+,[\d.-]+(?:[LQ ][\d.,-]+)+$/);
        expect(path?.attrs['marker-end']).toMatch(/^url\(#[\w-]+\)$/);
      }
    });

    it('shows every label and every condition', () => {
      const root = parseXml(svg(key));
      const labelTexts = byAttr(root, 'data-edge-label').map((g) =>
        g.children
          .filter((c) => c.name === 'text')
          .map((t) => t.text)
          .join(' '),
      );
      expect(labelTexts).toContain('Health check failed at 10%');
      expect(labelTexts).toContain('Health check failed at 50%');
      const edges = byAttr(root, 'data-edge-from');
      for (const edge of down.graph.edges) {
        if (edge.mode !== 'conditional') continue;
        const condition = edge.condition ?? '';
        expect(condition).not.toBe('');
        const group = edges.find(
          (e) => e.attrs['data-edge-from'] === edge.from && e.attrs['data-edge-to'] === edge.to,
        );
        expect(titleOf(group ?? root)).toContain(`when: ${condition}`);
        // Unlabelled conditional edges show their condition on the edge.
        if (edge.label === undefined) expect(labelTexts).toContain(condition);
      }
      expect(labelTexts).toHaveLength(4);
    });

    it('draws every card text', () => {
      const root = parseXml(svg(key));
      const nodes = byAttr(root, 'data-node-id');
      for (const node of nodes) {
        const id = node.attrs['data-node-id'] ?? '';
        const card = down.diagram.cards.get(id);
        if (!card) throw new Error(id);
        const texts = allElements(node)
          .filter((e) => e.name === 'text')
          .map((t) => t.text);
        for (const line of card.titleLines) expect(texts).toContain(line);
        if (card.idText !== undefined) expect(texts).toContain(card.idText);
        for (const fact of card.facts) {
          expect(texts).toContain(fact.text);
          if (fact.prefix !== '') expect(texts).toContain(fact.prefix);
        }
        expect(texts).toContain(card.typeText.toUpperCase());
        for (const chip of card.chips) if (chip.text !== '') expect(texts).toContain(chip.text);
        expect(titleOf(node)).toContain(card.titleFull);
      }
    });

    it('has a <title> with the workflow name and a <desc> with the counts', () => {
      const root = parseXml(svg(key));
      const title = root.children.find((c) => c.name === 'title');
      const desc = root.children.find((c) => c.name === 'desc');
      expect(title?.text).toBe('Kubernetes 漸進式發布');
      expect(desc?.text).toContain('9 nodes, 10 edges');
      expect(root.attrs['aria-labelledby']).toBe(
        `${title?.attrs.id ?? '?'} ${desc?.attrs.id ?? '?'}`,
      );
    });

    it('embeds the source so that it round-trips', () => {
      expect(extractSource(svg(key))).toBe(referenceText);
    });

    it('stays small (< 200 KB)', () => {
      expect(new TextEncoder().encode(svg(key)).length).toBeLessThan(200 * 1024);
    });
  });

  it('uses the theme colours', () => {
    const light = svg('DOWN-light');
    const dark = svg('DOWN-dark');
    expect(parseXml(light).attrs['data-theme']).toBe('light');
    expect(parseXml(dark).attrs['data-theme']).toBe('dark');
    expect(light).toContain('fill="#f6f7f9"');
    expect(dark).toContain('fill="#0b1020"');
    expect(dark).toContain('fill="#141b2e"');
    expect(dark).not.toContain('#f6f7f9');
    // Sequential edges follow the theme; conditional ones keep their mode colour.
    expect(light).toMatch(
      /data-edge-mode="sequential"><title>[^<]*<\/title><path [^>]*stroke="#64748b"/,
    );
    expect(dark).toMatch(
      /data-edge-mode="sequential"><title>[^<]*<\/title><path [^>]*stroke="#94a3b8"/,
    );
    expect(dark).toMatch(
      /data-edge-mode="conditional"><title>[^<]*<\/title><path [^>]*stroke="#2563eb"[^>]*stroke-dasharray="7 4"/,
    );
  });

  it('has one arrowhead marker per stroke colour, and every reference resolves', () => {
    const root = parseXml(svg('DOWN-light'));
    const ids = new Set(
      allElements(root)
        .map((e) => e.attrs.id)
        .filter((id): id is string => id !== undefined),
    );
    const markers = allElements(root).filter((e) => e.name === 'marker');
    expect(markers).toHaveLength(2);
    for (const e of allElements(root)) {
      for (const [name, value] of Object.entries(e.attrs)) {
        const ref =
          /^url\(#([^)]+)\)$/.exec(value)?.[1] ??
          (name === 'href' ? value.replace(/^#/, '') : undefined);
        if (ref !== undefined) expect(ids.has(ref), ref).toBe(true);
      }
    }
  });

  it('lays the drawing out left to right for RIGHT', () => {
    const root = parseXml(svg('RIGHT-light'));
    expect(root.attrs['data-direction']).toBe('RIGHT');
    expect(Number(root.attrs.width)).toBeGreaterThan(Number(root.attrs.height));
    const downRoot = parseXml(svg('DOWN-light'));
    expect(Number(downRoot.attrs.height)).toBeGreaterThan(Number(downRoot.attrs.width));
  });

  it('is deterministic', () => {
    expect(renderSvg({ ...down, theme: 'light', source: referenceText })).toBe(svg('DOWN-light'));
  });

  it('places every card where the layout put it', () => {
    const root = parseXml(svg('DOWN-light'));
    const diagramGroup = allElements(root).find((e) => e.attrs.class === 'osop-diagram');
    const [dx, dy] = (
      /translate\(([\d.-]+) ([\d.-]+)\)/.exec(diagramGroup?.attrs.transform ?? '') ?? []
    )
      .slice(1)
      .map(Number);
    expect(Number.isFinite(dx) && Number.isFinite(dy)).toBe(true);
    const width = Number(root.attrs.width);
    const height = Number(root.attrs.height);
    for (const node of byAttr(root, 'data-node-id')) {
      const box = down.layout.nodes[node.attrs['data-node-id'] ?? ''];
      if (!box) throw new Error('missing box');
      expect(node.attrs.transform).toBe(
        `translate(${Math.round(box.x * 100) / 100} ${Math.round(box.y * 100) / 100})`,
      );
      // Inside the drawing.
      expect(box.x + (dx ?? 0)).toBeGreaterThanOrEqual(0);
      expect(box.y + (dy ?? 0)).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width + (dx ?? 0)).toBeLessThanOrEqual(width);
      expect(box.y + box.height + (dy ?? 0)).toBeLessThanOrEqual(height);
    }
  });

  it('can leave out the header, the background and the source', () => {
    const bare = renderSvg({ ...down, theme: 'light', header: false, background: false });
    const root = parseXml(bare);
    expect(allElements(root).some((e) => e.attrs.class === 'osop-header')).toBe(false);
    expect(allElements(root).some((e) => e.attrs.class === 'osop-bg')).toBe(false);
    expect(allElements(root).some((e) => e.name === 'metadata')).toBe(false);
    expect(extractSource(bare)).toBeNull();
    expect(Number(root.attrs.height)).toBeLessThan(
      Number(parseXml(svg('DOWN-light')).attrs.height),
    );
    const header = allElements(parseXml(svg('DOWN-light'))).find(
      (e) => e.attrs.class === 'osop-header',
    );
    expect(textOf(header ?? root)).toContain('k8s-rollout');
  });

  it('has a legend of the edge modes used, unless turned off', () => {
    const root = parseXml(svg('DOWN-light'));
    const items = allElements(root).filter((e) => e.attrs['data-legend-mode'] !== undefined);
    expect(items.map((i) => i.attrs['data-legend-mode'])).toEqual(['sequential', 'conditional']);
    expect(items.map(textOf)).toEqual([
      'sequentialruns next',
      'conditionalruns if the condition holds',
    ]);
    const off = parseXml(renderSvg({ ...down, theme: 'light', legend: false }));
    expect(allElements(off).some((e) => e.attrs['data-legend-mode'] !== undefined)).toBe(false);
    expect(Number(off.attrs.height)).toBeLessThan(Number(root.attrs.height));
  });

  it('has no legend when every edge is sequential', async () => {
    const f = await fixture(
      'id: seq\nnodes:\n  - { id: a, type: cli }\n  - { id: b, type: api }\nedges:\n  - { from: a, to: b }\n',
      'DOWN',
    );
    const root = parseXml(renderSvg({ ...f, theme: 'dark' }));
    expect(allElements(root).some((e) => e.attrs.class === 'osop-legend')).toBe(false);
    expect(byAttr(root, 'data-edge-from')).toHaveLength(1);
  });

  it('takes a title override', () => {
    const root = parseXml(renderSvg({ ...down, theme: 'dark', title: 'Rollout <v2>' }));
    expect(root.children.find((c) => c.name === 'title')?.text).toBe('Rollout <v2>');
  });

  it("embeds the app's font files and stays under 200 KB", () => {
    const require = createRequire(import.meta.url);
    const fonts = APP_FONT_FILES.map(({ path, ...font }) => ({
      ...font,
      data: readFileSync(require.resolve(path)),
    }));
    const text = renderSvg({ ...down, theme: 'dark', source: referenceText, fonts });
    const style = allElements(parseXml(text)).find((e) => e.name === 'style')?.text ?? '';
    expect(style.match(/@font-face\{/g)).toHaveLength(3);
    expect(style).toContain("font-family:'JetBrains Mono';font-style:normal;font-weight:400");
    expect(new TextEncoder().encode(text).length).toBeLessThan(200 * 1024);
    expect(extractSource(text)).toBe(referenceText);
  });

  it('takes other font-family lists, and refuses ones that could break out of the CSS', () => {
    const text = renderSvg({
      ...down,
      theme: 'light',
      fontFamilies: { ui: "'DejaVu Sans', sans-serif", mono: 'Liberation Mono' },
    });
    const style = allElements(parseXml(text)).find((e) => e.name === 'style')?.text ?? '';
    expect(style).toContain("text{font-family:'DejaVu Sans', sans-serif;");
    expect(style).toContain('.mono,.id{font-family:Liberation Mono}');
    expect(() =>
      renderSvg({ ...down, theme: 'light', fontFamilies: { mono: 'x}</style><script>' } }),
    ).toThrow(TypeError);
  });

  it('embeds font files as data URLs when given', () => {
    const data = Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    const text = renderSvg({
      ...down,
      theme: 'light',
      fonts: [{ family: 'Inter', weight: 600, format: 'woff2', data }],
    });
    const style = allElements(parseXml(text)).find((e) => e.name === 'style');
    expect(style?.text).toContain(
      "@font-face{font-family:'Inter';font-style:normal;font-weight:600;font-display:block;src:url(data:font/woff2;base64,AAEC+vv8/f7/) format('woff2')}",
    );
    expect(() =>
      renderSvg({
        ...down,
        theme: 'light',
        fonts: [{ family: "Inter'}*{", weight: 400, format: 'woff2', data }],
      }),
    ).toThrow(TypeError);
  });
});

describe('renderSvg: themes are complete', () => {
  it.each(['light', 'dark'] as SvgTheme[])('%s theme renders an empty workflow', async (theme) => {
    const { graph, diagram, layout } = await fixture('id: empty\nnodes: []\nedges: []\n', 'DOWN');
    const svg = renderSvg({ graph, diagram, layout, theme });
    const root = parseXml(svg);
    expect(byAttr(root, 'data-node-id')).toHaveLength(0);
    expect(root.children.find((c) => c.name === 'desc')?.text).toBe('0 nodes, 0 edges');
    expect(root.children.find((c) => c.name === 'title')?.text).toBe('empty');
  });
});
