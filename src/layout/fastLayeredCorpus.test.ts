/**
 * The fast layout over every workflow of the shared corpus (../shared/corpus, outside this
 * repo), in both directions, with the same checks as the other layout tests. Small graphs are
 * forced through the fast path (the app uses ELK for them). Skipped when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edgeProblems, labelOverlaps, nodeOverlaps, routeCrossings, segmentOverlaps } from './__fixtures__/checks';
import { findBackEdges } from './fast/cycles';
import { buildGraph } from './fast/graph';
import { fastLayout } from './fastLayered';
import { parseWorkflow } from '@/model/parse';
import { drawnEdges } from '@/model/queries';
import type { WorkflowGraph } from '@/model/types';
import { buildDiagram } from '@/render/diagram';

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Every file under `dir`, dot-folders included. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** The corpus's workflows with at least one node. */
function workflows(): { path: string; graph: WorkflowGraph }[] {
  const found: { path: string; graph: WorkflowGraph }[] = [];
  for (const path of listFiles(corpusDir)) {
    if (path.endsWith('INDEX.md')) continue;
    const { graph } = parseWorkflow(readFileSync(path, 'utf8'));
    if (graph && graph.nodes.length > 0) found.push({ path: path.slice(corpusDir.length), graph });
  }
  return found;
}

describe.skipIf(!existsSync(corpusDir))('fast layout over the real OSOP corpus', () => {
  const all = existsSync(corpusDir) ? workflows() : [];

  it('finds the workflows', () => {
    expect(all.length).toBeGreaterThan(250);
  });

  for (const direction of ['DOWN', 'RIGHT'] as const) {
    it(`lays out every workflow cleanly (${direction})`, () => {
      for (const { path, graph } of all) {
        const { request } = buildDiagram(graph, direction);
        const result = fastLayout(request);
        expect(Object.keys(result.nodes), path).toHaveLength(new Set(request.nodes.map((n) => n.id)).size);
        const problems = [
          ...nodeOverlaps(result),
          ...labelOverlaps(result),
          ...edgeProblems(result, request),
          ...routeCrossings(result),
          ...segmentOverlaps(result),
        ];
        expect(problems, path).toEqual([]);
      }
    });
  }

  it('reverses exactly the edges the simulator calls back edges (workflows without loop/switch edges)', () => {
    let compared = 0;
    for (const { path, graph } of all) {
      if (graph.edges.some((e) => e.mode === 'loop' || e.mode === 'switch')) continue;
      const { request } = buildDiagram(graph, 'DOWN');
      const indexed = buildGraph(request);
      const back = findBackEdges(indexed.ids.length, indexed.from, indexed.to);
      const ours = new Set(indexed.edgeIds.filter((_, e) => back[e] === 1 || indexed.from[e] === indexed.to[e]));
      const known = new Set(indexed.ids);
      const theirs = new Set(
        drawnEdges(graph)
          .filter((e) => e.isBackEdge && known.has(e.from) && known.has(e.to))
          .map((e) => e.id),
      );
      expect([...ours].sort(), path).toEqual([...theirs].sort());
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });
});
