/**
 * Fast layout timing harness: generated layered workflows of 10…2000 nodes (~1.6 edges per
 * node, ~30% labelled, ~4% back edges, ~1% self-loops), plus the benchmark's own 2000-node
 * workflow (e2e/bench/generate.mjs → parseWorkflow → buildDiagram), which must be answered
 * without ELK. Limits are generous (machines vary, and vitest adds overhead) and apply to the
 * smaller of wall time and process CPU time, so that a busy machine does not fail the test.
 * Sizes run smallest first in one process. Target in plain Node: 2000 nodes < 250 ms.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edgeProblems, labelOverlaps, nodeOverlaps, routeCrossings } from './__fixtures__/checks';
import { layeredWorkflow } from './__fixtures__/workflows';
import { fastLayout } from './fastLayered';
import type { LayoutRequest, LayoutResult } from './protocol';
import { usesFastLayout } from './provisional';
import { runLayout } from './runLayout';
import { parseWorkflow } from '@/model/parse';
import { buildDiagram } from '@/render/diagram';

/** Node count → time limit (ms). */
const CASES: readonly (readonly [number, number])[] = [
  [10, 200],
  [100, 400],
  [500, 800],
  [1000, 1000],
  [2000, 1500],
];

/** Runs `layout` once; returns its result and the smaller of wall and CPU time. */
function timed(layout: () => LayoutResult): { result: LayoutResult; wallMs: number; cpuMs: number } {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = layout();
  const cpu = process.cpuUsage(cpuBefore);
  return { result, wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function expectClean(result: LayoutResult, request: LayoutRequest): void {
  expect(Object.keys(result.nodes)).toHaveLength(request.nodes.length);
  expect(nodeOverlaps(result)).toEqual([]);
  expect(labelOverlaps(result)).toEqual([]);
  expect(edgeProblems(result, request)).toEqual([]);
  expect(routeCrossings(result)).toEqual([]);
}

interface BenchGenerator {
  generateWorkflow(n: number, seed?: number): { text: string; nodes: number; edges: number };
}

describe('fast layout performance', () => {
  for (const [n, limit] of CASES) {
    it(`${n} nodes in < ${limit} ms, cleanly`, () => {
      const request = layeredWorkflow(n);
      const { result, wallMs, cpuMs } = timed(() => fastLayout(request));
      const labels = request.edges.filter((e) => e.label).length;
      process.stdout.write(
        `fast layout ${String(n).padStart(4)} nodes ${String(request.edges.length).padStart(4)} edges ` +
          `${String(labels).padStart(3)} labels: ${wallMs.toFixed(0).padStart(4)} ms (cpu ${cpuMs.toFixed(0).padStart(4)} ms) ` +
          `→ ${result.width.toFixed(0)}×${result.height.toFixed(0)} px\n`,
      );
      expect(Math.min(wallMs, cpuMs)).toBeLessThan(limit);
      expectClean(result, request);
    });
  }

  it('lays out the benchmark 2000-node workflow without ELK, cleanly', async () => {
    const url = new URL('../../e2e/bench/generate.mjs', import.meta.url);
    const bench = (await import(/* @vite-ignore */ fileURLToPath(url))) as BenchGenerator;
    const parsed = parseWorkflow(bench.generateWorkflow(2000).text);
    if (!parsed.graph) throw new Error('the benchmark workflow did not parse');
    const { request } = buildDiagram(parsed.graph, 'DOWN');
    expect(usesFastLayout(request)).toBe(true);
    const noElk = (): never => {
      throw new Error('ELK was asked for');
    };
    const started = performance.now();
    const result = await runLayout(noElk, request);
    process.stdout.write(
      `fast layout, benchmark workflow: ${request.nodes.length} nodes ${request.edges.length} edges: ` +
        `${(performance.now() - started).toFixed(0)} ms → ${result.width.toFixed(0)}×${result.height.toFixed(0)} px\n`,
    );
    expectClean(result, request);
  });
});
