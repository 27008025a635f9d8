import { describe, expect, it } from 'vitest';
import { createCelEngine } from '../expr/cel';
import { referenceGraph } from './__fixtures__/workflows';
import { describeStep, runLog } from './log';
import { createRun, runToEnd, step, traceOf } from './step';

const engine = createCelEngine();

describe('run log', () => {
  const graph = referenceGraph();
  const values = { 'health_check_10.error_rate_10': 0.02, p99_latency_10: 120 };

  it('explains a step with the deciding condition, values substituted', () => {
    const run = runToEnd(createRun(graph, { values }), engine).run;
    expect(runLog(run)).toContain(
      'health_check_10: error_rate_10 = 0.02 ≥ 0.01 → rollback; skipped canary_50, health_check_50, full_promote',
    );
    expect(runLog(run)).toHaveLength(run.stepCount + 1);
  });

  it('describes one step from its events', () => {
    let run = createRun(graph, { values });
    expect(describeStep(run.events)).toBe('run started at validate_manifests');
    run = step(run, engine).run;
    expect(describeStep(run.events)).toBe('validate_manifests → apply_manifests');
    expect(describeStep([])).toBe('');
  });

  it('records each evaluated condition with values substituted and its result', () => {
    const run = runToEnd(createRun(graph, { values }), engine).run;
    const evaluated = traceOf(run).filter((e) => e.type === 'condition.evaluated');
    expect(evaluated.map((e) => [e.edge, e.substituted, e.result])).toEqual([
      ['health_check_10->canary_50', '0.02 < 0.01 && 120 < 500', false],
      ['health_check_10->rollback', '0.02 >= 0.01 || 120 >= 500', true],
    ]);
  });
});
