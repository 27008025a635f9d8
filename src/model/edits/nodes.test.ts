import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../parse';
import { crlf, fixture, mustEdit, mustRefuse, swap } from './testkit';

const commented = fixture('commented.yaml');
const k8s = readFileSync(new URL('../../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');
const graph = (text: string) => {
  const g = parseWorkflow(text).graph;
  if (g === null) throw new Error('no graph');
  return g;
};

const NOTIFY_NODE = '\n  - id: notify\n    type: human\n    name: Notify\n';
const FAILURE_EDGE =
  '  # failures page someone\n  - from: test\n    to: notify\n    mode: conditional\n    when: "report.failed > 0"\n    label: "Tests failed"\n';

describe('node.remove', () => {
  it('removes the node, its edges, switch branches to it and its blank line', () => {
    const r = mustEdit(commented, { type: 'node.remove', ids: ['notify'] });
    let expected = swap(commented, NOTIFY_NODE, '');
    expected = swap(
      expected,
      '      - value: flaky\n        to: notify\n    default_to: notify\n',
      '',
    );
    expected = swap(expected, FAILURE_EDGE, '');
    expected = swap(expected, LAST_EDGE, '');
    expect(r.text).toBe(expected);
    const g = graph(r.text);
    expect(g.nodes.map((n) => n.id)).not.toContain('notify');
    expect(
      g.edges.some((e) => e.from === 'notify' || e.to === 'notify' || e.defaultTo === 'notify'),
    ).toBe(false);
  });

  it('removes the pin and the comment attached to the node, keeping the blank-line rhythm', () => {
    const r = mustEdit(commented, { type: 'node.remove', ids: ['build'] });
    const buildNode = commented.slice(
      commented.indexOf('  # Build first\n'),
      commented.indexOf('  # Tests run on the artifact\n'),
    );
    let expected = swap(commented, buildNode, '');
    expected = swap(
      expected,
      '  # the happy path\n  - from: build\n    to: test\n    mode: sequential\n',
      '',
    );
    expected = swap(expected, '    build: { x: 0, y: 0 }\n', '');
    expect(r.text).toBe(expected);
    expect(r.text).toContain('nodes:\n  # Tests run on the artifact\n  - id: test\n');
    expect(graph(r.text).layout.pinned).toEqual({ deploy: { x: 400, y: 10 } });
  });

  it('prunes x-layout.nodes when its last pin goes', () => {
    const r = mustEdit(commented, { type: 'node.remove', ids: ['build', 'deploy'] });
    expect(r.text).toContain('x-layout:\n  direction: RIGHT\n');
    expect(r.text).not.toContain('  nodes:\n    ');
    expect(graph(r.text).nodes.map((n) => n.id)).toEqual(['test', 'route', 'notify']);
  });

  it('removes edges given with the nodes (one gesture, mixed selection)', () => {
    const r = mustEdit(commented, { type: 'node.remove', ids: ['route'], edges: [{ index: 0 }] });
    expect(graph(r.text).edges.map((e) => `${e.from}->${e.to}`)).toEqual([
      'test->notify',
      'deploy->notify',
    ]);
  });

  it('leaves `nodes: []` when every node goes', () => {
    const single = fixture('single.yaml');
    const r = mustEdit(single, { type: 'node.remove', ids: ['only'] });
    expect(r.text).toBe(single.replace(/nodes:\n[\s\S]*$/, 'nodes: []\n'));
  });

  it('works on the reference example and on CRLF text', () => {
    const r = mustEdit(k8s, { type: 'node.remove', ids: ['canary_50'] });
    expect(graph(r.text).edges).toHaveLength(8);
    const c = mustEdit(crlf(commented), { type: 'node.remove', ids: ['notify'] });
    expect(c.text).toBe(crlf(mustEdit(commented, { type: 'node.remove', ids: ['notify'] }).text));
  });

  it('refuses an unknown id', () => {
    mustRefuse(commented, { type: 'node.remove', ids: ['ghost'] }, /no node "ghost"/);
  });
});

const LAST_EDGE = '  - from: deploy\n    to: notify\n';

describe('node.rename', () => {
  it('renames the id and every reference, nothing else', () => {
    const r = mustEdit(commented, { type: 'node.rename', id: 'deploy', newId: 'ship' });
    const expected = commented
      .replace('  - id: deploy\n', '  - id: ship\n')
      .replace('    to: deploy\n    mode: switch', '    to: ship\n    mode: switch')
      .replace('        to: deploy\n', '        to: ship\n')
      .replace('  - from: deploy\n', '  - from: ship\n')
      .replace('    deploy: {x: 400', '    ship: {x: 400');
    expect(r.text).toBe(expected);
    expect(r.touched.size).toBe(5);
    const g = graph(r.text);
    expect(g.nodes.map((n) => n.id)).toContain('ship');
    expect(JSON.stringify(g.edges)).not.toContain('"deploy"');
    expect(g.layout.pinned['ship']).toEqual({ x: 400, y: 10 });
  });

  it('updates default_to and quoted ids', () => {
    const r = mustEdit(commented, { type: 'node.rename', id: 'notify', newId: 'page-oncall' });
    expect(r.text).toContain('default_to: page-oncall\n');
    const q = fixture('quoted-edges.yaml');
    const rq = mustEdit(q, { type: 'node.rename', id: 'step-a', newId: 'step-0' });
    expect(rq.text).toBe(
      q.replace('id: "step-a"', 'id: "step-0"').replace('from: "step-a"', 'from: "step-0"'),
    );
  });

  it('refuses taken, empty and invalid ids', () => {
    mustRefuse(
      commented,
      { type: 'node.rename', id: 'deploy', newId: 'notify' },
      /already a node "notify"/,
    );
    mustRefuse(commented, { type: 'node.rename', id: 'deploy', newId: ' ' }, /cannot be empty/);
    mustRefuse(
      commented,
      { type: 'node.rename', id: 'deploy', newId: 'a b' },
      /not a valid node id/,
    );
    mustRefuse(commented, { type: 'node.rename', id: 'ghost', newId: 'x' }, /no node "ghost"/);
  });

  it('is a no-op to the same id', () => {
    expect(
      mustEdit(commented, { type: 'node.rename', id: 'deploy', newId: 'deploy' }).changes,
    ).toEqual([]);
  });
});

describe('node.add', () => {
  it('appends a node with a fresh `<type>_<n>` id in the style of the others', () => {
    const r = mustEdit(commented, { type: 'node.add', nodeType: 'agent' });
    expect(r.newIds).toEqual(['agent_1']);
    expect(r.text).toBe(
      swap(commented, NOTIFY_NODE, `${NOTIFY_NODE}\n  - id: agent_1\n    type: agent\n`),
    );
    const again = mustEdit(r.text, { type: 'node.add', nodeType: 'agent', name: 'Review' });
    expect(again.newIds).toEqual(['agent_2']);
    expect(graph(again.text).nodes.at(-1)).toMatchObject({
      id: 'agent_2',
      type: 'agent',
      name: 'Review',
    });
  });

  it('pins the new node when a position is given', () => {
    const r = mustEdit(commented, {
      type: 'node.add',
      nodeType: 'cli',
      position: { x: 10.6, y: 20 },
    });
    expect(r.text).toContain('    deploy: {x: 400, y: 10}\n    cli_1: { x: 11, y: 20 }\n');
    expect(graph(r.text).layout.pinned['cli_1']).toEqual({ x: 11, y: 20 });
  });

  it('uses the id it is given, or refuses it', () => {
    const r = mustEdit(commented, { type: 'node.add', nodeType: 'my type', id: 'custom' });
    expect(r.newIds).toEqual(['custom']);
    expect(mustEdit(commented, { type: 'node.add', nodeType: 'my type' }).newIds).toEqual([
      'my_type_1',
    ]);
    mustRefuse(commented, { type: 'node.add', nodeType: 'cli', id: 'build' }, /already/);
    mustRefuse(commented, { type: 'node.add', nodeType: ' ' }, /needs a type/);
  });

  it('adds to flow documents and to `nodes: []`', () => {
    const flow = fixture('flow.yaml');
    expect(mustEdit(flow, { type: 'node.add', nodeType: 'db' }).text).toBe(
      swap(flow, 'outputs: [x, y]}]', 'outputs: [x, y]}, {id: db_1, type: db}]'),
    );
    const empty = 'id: x\nnodes: []\n';
    expect(mustEdit(empty, { type: 'node.add', nodeType: 'cli' }).text).toBe(
      'id: x\nnodes:\n  - id: cli_1\n    type: cli\n',
    );
  });
});
