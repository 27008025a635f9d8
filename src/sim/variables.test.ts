import { describe, expect, it } from 'vitest';
import { createCelEngine } from '../expr/cel';
import { fixtureGraph, graphOf, referenceGraph } from './__fixtures__/workflows';
import { defaultValues, variablesOf } from './variables';

const engine = createCelEngine();

describe('variablesOf', () => {
  it('groups the reference workflow’s variables by producing node, typed, with healthy defaults', () => {
    const groups = variablesOf(referenceGraph(), engine);
    expect(
      groups.map((g) => [g.group, g.variables.map((v) => [v.key, v.type, v.defaultValue])]),
    ).toEqual([
      [
        'health_check_10',
        [
          ['health_check_10.error_rate_10', 'number', 0.005],
          ['health_check_10.p99_latency_10', 'number', 250],
        ],
      ],
      [
        'health_check_50',
        [
          ['health_check_50.error_rate_50', 'number', 0.005],
          ['health_check_50.p99_latency_50', 'number', 250],
        ],
      ],
    ]);
    const rate = groups[0]?.variables[0];
    expect(rate).toMatchObject({
      name: 'error_rate_10',
      node: 'health_check_10',
      readBy: ['health_check_10->canary_50', 'health_check_10->rollback'],
      written: ['error_rate_10'],
    });
    expect(rate?.defaultRule).toMatch(/error_rate_10 < 0.01/);
    expect(defaultValues(groups)).toEqual({
      'health_check_10.error_rate_10': 0.005,
      'health_check_10.p99_latency_10': 250,
      'health_check_50.error_rate_50': 0.005,
      'health_check_50.p99_latency_50': 250,
    });
  });

  it('handles every form: outputs.<node>.<name>, <node>.<field>, inputs, unknowns, switches', () => {
    const graph = graphOf(
      ['scan:count', 'test', 'b', 'c', 'd'],
      [
        '{ from: scan, to: test, mode: conditional, when: "outputs.scan.count == 0 && inputs.env != \'prod\'" }',
        '{ from: test, to: b, mode: conditional, when: "test.exit_code == 0 && approved && !blocked" }',
        "{ from: test, to: c, mode: conditional, when: \"severity in ['P1', 'P2'] || confidence > 0.85\" }",
        '{ from: b, to: d, mode: conditional, when: "prose AND words" }',
        '{ from: c, to: d, mode: switch, when: "tier", cases: [{ value: "1", to: d }, { value: "2", to: b }] }',
      ],
    );
    const byKey = Object.fromEntries(
      variablesOf(graph, engine).flatMap((g) =>
        g.variables.map((v) => [v.key, [g.group, v.type, v.defaultValue]]),
      ),
    );
    expect(byKey).toEqual({
      'scan.count': ['scan', 'number', 0],
      'test.exit_code': ['test', 'number', 0],
      'inputs.env': ['inputs', 'string', ''],
      approved: ['unknown', 'boolean', true],
      blocked: ['unknown', 'boolean', false],
      severity: ['unknown', 'string', 'P1'],
      confidence: ['unknown', 'number', 0.925],
      tier: ['unknown', 'number', 1],
    });
  });

  it('lists a switch on outputs.<node>.<name> under the node with its first case', () => {
    const groups = variablesOf(fixtureGraph('switch.yaml'), engine);
    expect(groups).toMatchObject([
      {
        group: 'classify',
        variables: [{ key: 'classify.topic', type: 'string', defaultValue: 'invoice' }],
      },
    ]);
  });
});
