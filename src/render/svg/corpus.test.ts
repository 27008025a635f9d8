/**
 * Every project example and every real workflow of the shared corpus (../shared/corpus, read in
 * place; skipped when absent) renders without throwing into a well-formed SVG that holds all of
 * its nodes and edges and gives back its source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutNow } from '@/layout';
import { parseWorkflow } from '@/model/parse';
import type { LayoutDirection } from '@/model/types';
import { buildDiagram } from '../diagram';
import { extractSource, renderSvg, type SvgTheme } from './index';
import { allElements, parseXml } from './xmlTree.testkit';

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));
const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Lays `text` out once per direction, renders it in each theme and checks the SVG; returns
 * false when the text is not a workflow at all.
 */
async function check(
  text: string,
  directions: readonly LayoutDirection[],
  themes: readonly SvgTheme[],
): Promise<boolean> {
  const graph = parseWorkflow(text).graph;
  if (!graph) return false;
  for (const direction of directions) {
    const diagram = buildDiagram(graph, direction);
    const layout = await layoutNow(diagram.request);
    for (const theme of themes) {
      const svg = renderSvg({ graph, diagram, layout, theme, source: text });
      const elements = allElements(parseXml(svg));
      const nodeIds = new Set(
        graph.nodes.map((n) => n.id).filter((id) => layout.nodes[id] !== undefined),
      );
      expect(elements.filter((e) => e.attrs['data-node-id'] !== undefined)).toHaveLength(
        nodeIds.size,
      );
      const routed = diagram.edges.filter((e) => (layout.edges[e.id]?.points.length ?? 0) >= 2);
      expect(routed.length).toBe(diagram.edges.length);
      expect(elements.filter((e) => e.attrs['data-edge-from'] !== undefined)).toHaveLength(
        routed.length,
      );
      expect(extractSource(svg)).toBe(text);
    }
  }
  return true;
}

describe('every project example renders', () => {
  const files = readdirSync(examplesDir).filter((f) => f.endsWith('.osop.yaml'));
  it('has examples', () => expect(files.length).toBeGreaterThanOrEqual(7));
  it.each(files)('%s', async (file) => {
    const text = readFileSync(join(examplesDir, file), 'utf8');
    expect(await check(text, ['DOWN', 'RIGHT'], ['light', 'dark'])).toBe(true);
  });
});

describe.skipIf(!existsSync(corpusDir))('every corpus workflow renders', () => {
  const files = existsSync(corpusDir)
    ? listFiles(corpusDir).filter((f) => !f.endsWith('INDEX.md'))
    : [];
  const results: boolean[] = [];
  it.each(files.map((f, i) => [relative(corpusDir, f), f, i] as const))(
    '%s',
    async (_name, file, i) => {
      // Alternate directions and themes across files to cover both at half the cost.
      const direction = i % 2 === 0 ? 'DOWN' : 'RIGHT';
      const theme = i % 4 < 2 ? 'light' : 'dark';
      results.push(await check(readFileSync(file, 'utf8'), [direction], [theme]));
    },
  );
  it('rendered nearly all of them (a few are deliberately not workflows)', () => {
    expect(results.filter(Boolean).length).toBeGreaterThan(300);
  });
});
