/**
 * Every workflow of the corpus simulates to the end with its default values, answering every
 * pause (first branch, or a value of the variable's type), with Step back exact at every step.
 * Skipped when `../shared/corpus` is absent.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCelEngine } from '../expr/cel';
import { parseWorkflow } from '../model';
import { chooseBranch, provideValues } from './control';
import { createRun, step, stepBack } from './step';
import { defaultValues, variablesOf } from './variables';
import type { RunState } from './types';

const corpus = join(import.meta.dirname, '../../../shared/corpus');

function workflowFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return workflowFiles(path);
    return /\.osop(\.ya?ml)?$/.test(name) ? [path] : [];
  });
}

describe.skipIf(!existsSync(corpus))('corpus workflows', () => {
  it('all simulate to the end', () => {
    const engine = createCelEngine();
    const tally = {
      files: 0,
      completed: 0,
      failed: 0,
      pauses: { 'missing-value': 0, 'choose-branch': 0 },
    };
    for (const path of workflowFiles(corpus)) {
      const graph = parseWorkflow(readFileSync(path, 'utf8')).graph;
      if (graph === null) continue;
      tally.files++;
      let run: RunState = createRun(graph, { values: defaultValues(variablesOf(graph, engine)) });
      for (let i = 0; i < 5_000 && (run.status === 'running' || run.status === 'paused'); i++) {
        const pause = run.paused;
        let next: RunState;
        if (pause?.kind === 'missing-value') {
          tally.pauses['missing-value']++;
          next = provideValues(run, Object.fromEntries(pause.names.map((n) => [n, 0])), engine).run;
        } else if (pause?.kind === 'choose-branch') {
          tally.pauses['choose-branch']++;
          next = chooseBranch(run, pause.edges.slice(0, 1), engine).run;
        } else {
          next = step(run, engine).run;
        }
        expect(stepBack(next), path).toBe(run);
        run = next;
      }
      expect(['completed', 'failed'], path).toContain(run.status);
      if (run.status === 'completed') tally.completed++;
      else tally.failed++;
    }
    expect(tally.files).toBeGreaterThan(250);
    expect(tally.failed).toBe(0);
    console.warn(JSON.stringify(tally));
  });
});
