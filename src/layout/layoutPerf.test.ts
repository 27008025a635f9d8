/**
 * Layout timing harness for `layoutNow` (ELK up to 150 nodes, the fast layout above — see
 * runLayout.ts): generated layered workflows of 10…1000 nodes (2000 with LAYOUT_PERF=1), ~1.6
 * edges per node, ~30% of edges labelled (~20 characters). Limits are generous (CI machines
 * vary, and ELK in vitest runs ~1.3× slower than in plain Node) and apply to the smaller of wall
 * time and process CPU time, so that a machine busy with other work does not fail the test.
 * Both are printed. Sizes run smallest first in one process, so later sizes run on a partly
 * warmed-up ELK, like a worker that has already laid out a document. The fast layout alone is
 * timed in fastLayeredPerf.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { edgeProblems, labelOverlaps, nodeOverlaps } from './__fixtures__/checks';
import { layeredWorkflow } from './__fixtures__/workflows';
import { sizeTier } from './elkOptions';
import { usesFastLayout } from './provisional';
import { layoutNow } from './layoutSync';

const FULL = process.env.LAYOUT_PERF === '1';

/**
 * Node count → time limit (ms). ELK measured in plain Node, cold process, main-thread CPU:
 * 10 → 0.2 s, 100 → 0.5 s, 500 → 0.8 s, 1000 → 1.4 s, 2000 → 2.3 s; 500 nodes and more now
 * take the fast layout (well under 0.3 s).
 */
const CASES: readonly (readonly [number, number])[] = [
  [10, 2_000],
  [100, 3_000],
  [500, 3_000],
  [1000, 6_000],
  ...(FULL ? [[2000, 15_000] as const] : []),
];

describe('layout performance', () => {
  for (const [n, limit] of CASES) {
    it(`${n} nodes in < ${limit} ms, without overlaps`, { timeout: limit * 4 }, async () => {
      const request = layeredWorkflow(n);
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const result = await layoutNow(request);
      const cpu = process.cpuUsage(cpuBefore);
      const wallMs = performance.now() - started;
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const labels = request.edges.filter((e) => e.label).length;
      process.stdout.write(
        `layout ${String(n).padStart(4)} nodes ${String(request.edges.length).padStart(4)} edges ` +
          `${String(labels).padStart(3)} labels [${usesFastLayout(request) ? 'fast' : `ELK ${sizeTier(n)}`}]: ${wallMs.toFixed(0).padStart(5)} ms ` +
          `(cpu ${cpuMs.toFixed(0).padStart(5)} ms) ` +
          `→ ${result.width.toFixed(0)}×${result.height.toFixed(0)} px\n`,
      );
      expect(Math.min(wallMs, cpuMs)).toBeLessThan(limit);
      expect(Object.keys(result.nodes)).toHaveLength(n);
      expect(nodeOverlaps(result)).toEqual([]);
      expect(edgeProblems(result, request)).toEqual([]);
      if (n <= 1000) expect(labelOverlaps(result)).toEqual([]);
    });
  }
});
