/**
 * Golden traces: each `__fixtures__/<name>.trace.json` names a workflow and a scenario, and holds
 * the expected run (status, log, node and edge states, attempt records, events). Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run src/sim/golden.test.ts` and review the diff.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCelEngine } from '../expr/cel';
import { loadGraph, play, summarize, type Scenario } from './__fixtures__/harness';
import { stepBack } from './step';

const dir = join(import.meta.dirname, '__fixtures__');
const update = process.env['UPDATE_GOLDEN'] === '1';

interface Golden {
  workflow: string;
  description: string;
  scenario: Scenario;
  expected: Record<string, unknown> | null;
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.trace.json'))
  .sort();

describe('golden traces', () => {
  it('has the cases the issue lists', () => {
    for (const name of [
      'k8s-happy',
      'k8s-fail-10',
      'k8s-fail-50',
      'k8s-p99-boundary',
      'parallel-join',
      'switch-case',
      'loop-guard',
      'fallback',
      'prose',
      'missing-value',
    ]) {
      expect(files).toContain(`${name}.trace.json`);
    }
  });

  for (const file of files) {
    it(file.replace('.trace.json', ''), () => {
      const path = join(dir, file);
      const golden = JSON.parse(readFileSync(path, 'utf8')) as Golden;
      const graph = loadGraph(join(dir, golden.workflow));
      const engine = createCelEngine();
      const run = play(graph, golden.scenario, engine, (before, after) => {
        // Step back restores the state before each step exactly.
        const snapshot = structuredClone(before);
        expect(stepBack(after)).toBe(before);
        expect(stepBack(after)).toEqual(snapshot);
      });
      const actual = JSON.parse(JSON.stringify(summarize(run))) as Record<string, unknown>;
      if (update) {
        writeFileSync(path, `${JSON.stringify({ ...golden, expected: actual }, null, 2)}\n`);
        return;
      }
      expect(
        golden.expected,
        `${file} has no expected trace: run with UPDATE_GOLDEN=1`,
      ).not.toBeNull();
      expect(actual).toEqual(golden.expected);
    });
  }
});
