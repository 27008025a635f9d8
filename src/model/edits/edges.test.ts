import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../parse';
import { crlf, fixture, mustEdit, mustRefuse, swap } from './testkit';

const commented = fixture('commented.yaml');
const k8s = readFileSync(new URL('../../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');

const edges = (text: string) => parseWorkflow(text).graph?.edges ?? [];
const LAST_EDGE = '  - from: deploy\n    to: notify\n';

describe('edge.add', () => {
  it('appends in the style of the last edge (no `mode` line when it has none)', () => {
    const r = mustEdit(commented, { type: 'edge.add', from: 'build', to: 'deploy' });
    expect(r.text).toBe(
      swap(commented, LAST_EDGE, `${LAST_EDGE}  - from: build\n    to: deploy\n`),
    );
    expect(r.touched.size).toBe(0);
    expect(edges(r.text).at(-1)).toMatchObject({ from: 'build', to: 'deploy', mode: 'sequential' });
  });

  it('writes a non-sequential mode', () => {
    const r = mustEdit(commented, {
      type: 'edge.add',
      from: 'build',
      to: 'deploy',
      mode: 'parallel',
    });
    expect(r.text).toBe(
      swap(
        commented,
        LAST_EDGE,
        `${LAST_EDGE}  - from: build\n    to: deploy\n    mode: parallel\n`,
      ),
    );
  });

  it('matches block edges with from/to/mode lines (reference example)', () => {
    const r = mustEdit(k8s, { type: 'edge.add', from: 'rollback', to: 'canary_10' });
    expect(r.text).toBe(`${k8s}  - from: rollback\n    to: canary_10\n    mode: sequential\n`);
  });

  it('matches quoted flow-map edges', () => {
    const text = fixture('quoted-edges.yaml');
    const r = mustEdit(text, { type: 'edge.add', from: 'step-b', to: 'step-a' });
    expect(r.text).toBe(`${text}  - {from: "step-b", to: "step-a", mode: "sequential"}\n`);
  });

  it('creates `edges` after `nodes` when missing', () => {
    const single = fixture('single.yaml');
    const r = mustEdit(single, { type: 'edge.add', from: 'only', to: 'only', mode: 'loop' });
    expect(r.text).toBe(`${single}edges:\n- from: only\n  to: only\n  mode: loop\n`);
    const withLayout = `${single}x-layout:\n  direction: RIGHT\n`;
    const again = mustEdit(withLayout, { type: 'edge.add', from: 'only', to: 'only' });
    expect(again.text).toBe(
      `${single}edges:\n- from: only\n  to: only\n  mode: sequential\nx-layout:\n  direction: RIGHT\n`,
    );
  });

  it('turns `edges: []` into a block list in a block document', () => {
    const text = `${fixture('single.yaml')}edges: []\n`;
    const r = mustEdit(text, { type: 'edge.add', from: 'only', to: 'only' });
    expect(r.text).toBe(
      `${fixture('single.yaml')}edges:\n- from: only\n  to: only\n  mode: sequential\n`,
    );
  });

  it('stays in flow style in flow documents', () => {
    const lists = fixture('flow-lists.yaml');
    expect(mustEdit(lists, { type: 'edge.add', from: 'a', to: 'b' }).text).toBe(
      swap(lists, 'edges: []', 'edges: [{ from: a, to: b, mode: sequential }]'),
    );
    const flow = fixture('flow.yaml');
    expect(mustEdit(flow, { type: 'edge.add', from: 'b', to: 'a' }).text).toBe(
      swap(flow, '[{from: a, to: b}]', '[{from: a, to: b}, {from: b, to: a}]'),
    );
  });

  it('keeps CRLF', () => {
    const r = mustEdit(crlf(commented), { type: 'edge.add', from: 'build', to: 'deploy' });
    expect(r.text).toBe(
      crlf(swap(commented, LAST_EDGE, `${LAST_EDGE}  - from: build\n    to: deploy\n`)),
    );
  });

  it('refuses unknown nodes', () => {
    mustRefuse(commented, { type: 'edge.add', from: 'build', to: 'ghost' }, /no node "ghost"/);
  });
});

describe('edge.reconnect', () => {
  it('changes only the end that moves', () => {
    const r = mustEdit(commented, { type: 'edge.reconnect', edge: { index: 0 }, to: 'deploy' });
    expect(r.text).toBe(
      swap(commented, '  - from: build\n    to: test\n', '  - from: build\n    to: deploy\n'),
    );
    expect(r.touched.size).toBe(1);
    expect(edges(r.text)[0]).toMatchObject({ from: 'build', to: 'deploy' });
  });

  it('keeps quoting', () => {
    const text = fixture('quoted-edges.yaml');
    const r = mustEdit(text, { type: 'edge.reconnect', edge: { index: 0 }, from: 'step-b' });
    expect(r.text).toBe(swap(text, '{from: "step-a"', '{from: "step-b"'));
  });

  it('refuses a stale or missing edge', () => {
    mustRefuse(
      commented,
      { type: 'edge.reconnect', edge: { index: 0, from: 'test' }, to: 'notify' },
      /no longer goes/,
    );
    mustRefuse(
      commented,
      { type: 'edge.reconnect', edge: { index: 42 }, to: 'notify' },
      /no longer exists/,
    );
    mustRefuse(
      commented,
      { type: 'edge.reconnect', edge: { index: 0 }, to: 'ghost' },
      /no node "ghost"/,
    );
  });
});

describe('edge.remove', () => {
  it('removes an edge with the comment attached above it', () => {
    const r = mustEdit(commented, {
      type: 'edge.remove',
      edges: [{ index: 3, from: 'test', to: 'notify' }],
    });
    expect(r.text).toBe(
      swap(
        commented,
        '  # failures page someone\n  - from: test\n    to: notify\n    mode: conditional\n    when: "report.failed > 0"\n    label: "Tests failed"\n',
        '',
      ),
    );
    expect(edges(r.text)).toHaveLength(4);
  });

  it('removes several edges at once', () => {
    const r = mustEdit(commented, { type: 'edge.remove', edges: [{ index: 0 }, { index: 1 }] });
    expect(r.text).toBe(
      swap(
        commented,
        '  # the happy path\n  - from: build\n    to: test\n    mode: sequential\n  - from: test\n    to: route\n    mode: sequential\n',
        '',
      ),
    );
  });

  it('leaves `edges: []` when the last edge goes', () => {
    const text = fixture('quoted-edges.yaml');
    const r = mustEdit(text, { type: 'edge.remove', edges: [{ index: 0 }] });
    expect(r.text).toBe(
      swap(text, 'edges:\n  - {from: "step-a", to: "step-b", mode: "sequential"}\n', 'edges: []\n'),
    );
    expect(
      mustEdit(fixture('flow.yaml'), { type: 'edge.remove', edges: [{ index: 0 }] }).text,
    ).toBe(swap(fixture('flow.yaml'), '[{from: a, to: b}]', '[]'));
  });
});

describe('edge.set', () => {
  it('adds a condition under the key the document uses more (`when` here)', () => {
    const r = mustEdit(commented, {
      type: 'edge.set',
      edge: { index: 1 },
      field: 'condition',
      value: 'ok == true',
    });
    expect(r.text).toBe(
      swap(
        commented,
        '    to: route\n    mode: sequential\n',
        '    to: route\n    mode: sequential\n    when: ok == true\n',
      ),
    );
    expect(edges(r.text)[1]).toMatchObject({ condition: 'ok == true', conditionKey: 'when' });
  });

  it('adds a condition as `condition` where the document uses that (reference example)', () => {
    const r = mustEdit(k8s, {
      type: 'edge.set',
      edge: { index: 0 },
      field: 'condition',
      value: 'a > 1',
    });
    expect(r.text).toBe(
      swap(
        k8s,
        '    to: apply_manifests\n    mode: sequential\n',
        '    to: apply_manifests\n    mode: sequential\n    condition: a > 1\n',
      ),
    );
  });

  it('rewrites an existing condition in place, keeping its key and quotes', () => {
    const r = mustEdit(commented, {
      type: 'edge.set',
      edge: { index: 3 },
      field: 'condition',
      value: 'report.failed > 1',
    });
    expect(r.text).toBe(swap(commented, 'when: "report.failed > 0"', 'when: "report.failed > 1"'));
    const k = mustEdit(k8s, {
      type: 'edge.set',
      edge: { index: 3 },
      field: 'condition',
      value: 'x',
    });
    expect(k.text).toBe(
      swap(k8s, 'condition: "error_rate_10 < 0.01 && p99_latency_10 < 500"', 'condition: "x"'),
    );
  });

  it('removes a field set to empty', () => {
    const r = mustEdit(commented, {
      type: 'edge.set',
      edge: { index: 3 },
      field: 'condition',
      value: '',
    });
    expect(r.text).toBe(swap(commented, '    when: "report.failed > 0"\n', ''));
    const label = mustEdit(commented, {
      type: 'edge.set',
      edge: { index: 3 },
      field: 'label',
      value: undefined,
    });
    expect(label.text).toBe(swap(commented, '    label: "Tests failed"\n', ''));
  });

  it('sets mode, label and joins', () => {
    const mode = mustEdit(commented, {
      type: 'edge.set',
      edge: { index: 4 },
      field: 'mode',
      value: 'fallback',
    });
    expect(mode.text).toBe(swap(commented, LAST_EDGE, `${LAST_EDGE}    mode: fallback\n`));
    const label = mustEdit(commented, {
      type: 'edge.set',
      edge: { index: 3 },
      field: 'label',
      value: 'Red: page',
    });
    expect(label.text).toBe(swap(commented, 'label: "Tests failed"', 'label: "Red: page"'));
    const join = mustEdit(commented, {
      type: 'edge.set',
      edge: { index: 4 },
      field: 'join_count',
      value: '2',
    });
    expect(join.text).toBe(swap(commented, LAST_EDGE, `${LAST_EDGE}    join_count: 2\n`));
    expect(edges(join.text)[4]?.joinCount).toBe(2);
    mustRefuse(
      commented,
      { type: 'edge.set', edge: { index: 4 }, field: 'join_count', value: 'many' },
      /join_count/,
    );
  });
});
