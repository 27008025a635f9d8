import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../parse';
import { copyNodes, isValidId, uniqueId } from './index';
import { crlf, fixture, mustEdit, mustRefuse, swap } from './testkit';

const commented = fixture('commented.yaml');
const k8s = readFileSync(new URL('../../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');
const graph = (text: string) => {
  const g = parseWorkflow(text).graph;
  if (g === null) throw new Error('no graph');
  return g;
};

const DEPLOY_NODE =
  '  - id: deploy\n    type: api\n    runtime:\n      method: POST\n      url: "https://deploy.example.com/v1"\n';

describe('uniqueId', () => {
  it('returns the base when free, else the first free numbered variant', () => {
    expect(uniqueId('a_copy', new Set(['a']))).toBe('a_copy');
    expect(uniqueId('a_copy', new Set(['a_copy', 'a_copy_2']))).toBe('a_copy_3');
  });

  it('validates ids', () => {
    expect(isValidId('canary_10')).toBe(true);
    expect(isValidId('step-a')).toBe(true);
    expect(isValidId('審核')).toBe(true);
    expect(isValidId('a b')).toBe(false);
    expect(isValidId('-a')).toBe(false);
    expect(isValidId('x'.repeat(129))).toBe(false);
  });
});

describe('copyNodes', () => {
  it('copies node text as written, the edges among them and their pins', () => {
    expect(copyNodes(commented, ['deploy', 'build', 'ghost'])).toBe(
      [
        'nodes:',
        '  - id: build',
        '    type: cli',
        '    name: "Build"',
        '    runtime:',
        '      command: |',
        '        npm ci',
        '        npm run build',
        "    outputs: [artifact, 'version']   # flow list, mixed quotes",
        '    timeout_sec: 300',
        DEPLOY_NODE.trimEnd(),
        'x-layout:',
        '  nodes:',
        '    build: { x: 0, y: 0 }',
        '    deploy: { x: 400, y: 10 }',
        '',
      ].join('\n'),
    );
    expect(copyNodes(commented, ['route', 'deploy'])).toContain(
      'edges:\n  - from: route\n    to: deploy\n    mode: switch\n',
    );
  });

  it('returns an empty string when nothing can be copied', () => {
    expect(copyNodes(commented, ['ghost'])).toBe('');
    expect(copyNodes('nodes: [', ['a'])).toBe('');
  });
});

describe('node.duplicate', () => {
  it('inserts a copy right after the original, with a fresh id and an offset pin', () => {
    const r = mustEdit(commented, { type: 'node.duplicate', ids: ['deploy'] });
    expect(r.newIds).toEqual(['deploy_copy']);
    let expected = swap(
      commented,
      DEPLOY_NODE,
      `${DEPLOY_NODE}\n${DEPLOY_NODE.replace('deploy\n', 'deploy_copy\n')}`,
    );
    expected = swap(
      expected,
      '    deploy: {x: 400, y: 10}\n',
      '    deploy: {x: 400, y: 10}\n    deploy_copy: { x: 440, y: 50 }\n',
    );
    expect(r.text).toBe(expected);
    expect(r.touched.size).toBe(0);
    const twice = mustEdit(r.text, {
      type: 'node.duplicate',
      ids: ['deploy'],
      offset: { x: 0, y: 100 },
    });
    expect(twice.newIds).toEqual(['deploy_copy_2']);
    expect(graph(twice.text).layout.pinned['deploy_copy_2']).toEqual({ x: 400, y: 110 });
    const copyOfCopy = mustEdit(r.text, { type: 'node.duplicate', ids: ['deploy_copy'] });
    expect(copyOfCopy.newIds).toEqual(['deploy_copy_2']);
  });

  it('copies the edges among the duplicated nodes', () => {
    const r = mustEdit(commented, { type: 'node.duplicate', ids: ['deploy', 'notify'] });
    expect(r.newIds).toEqual(['deploy_copy', 'notify_copy']);
    expect(r.text).toContain(
      '  - from: deploy\n    to: notify\n  - from: deploy_copy\n    to: notify_copy\n',
    );
    const g = graph(r.text);
    expect(g.nodes.map((n) => n.id)).toEqual([
      'build',
      'test',
      'route',
      'deploy',
      'deploy_copy',
      'notify',
      'notify_copy',
    ]);
  });

  it('keeps quoting, CRLF, and flow documents flowing', () => {
    const q = fixture('quoted-edges.yaml');
    expect(mustEdit(q, { type: 'node.duplicate', ids: ['step-b'] }).text).toBe(
      q.replace(
        '\n\nedges:',
        '\n  - id: "step-b_copy"\n    type: "cli"\n    command: "echo b"\n\nedges:',
      ),
    );
    const c = mustEdit(crlf(commented), { type: 'node.duplicate', ids: ['deploy'] });
    expect(c.text).toBe(
      crlf(mustEdit(commented, { type: 'node.duplicate', ids: ['deploy'] }).text),
    );
    const flow = fixture('flow.yaml');
    expect(mustEdit(flow, { type: 'node.duplicate', ids: ['a'] }).text).toBe(
      swap(flow, '[{id: a, type: cli}, ', '[{id: a, type: cli}, {id: a_copy, type: cli}, '),
    );
  });

  it('refuses unknown ids', () => {
    mustRefuse(commented, { type: 'node.duplicate', ids: ['ghost'] }, /no node "ghost"/);
    mustRefuse(commented, { type: 'node.duplicate', ids: [] }, /at least one/);
  });
});

describe('node.paste', () => {
  it('appends copied nodes with fresh ids, their edges and pins', () => {
    const clip = copyNodes(k8s, ['health_check_50', 'full_promote']);
    const r = mustEdit(k8s, { type: 'node.paste', yaml: clip });
    expect(r.newIds).toEqual(['health_check_50_copy', 'full_promote_copy']);
    const g = graph(r.text);
    expect(g.nodes.slice(-2).map((n) => n.id)).toEqual(r.newIds);
    expect(g.edges.at(-1)).toMatchObject({
      from: 'health_check_50_copy',
      to: 'full_promote_copy',
      mode: 'conditional',
      condition: 'error_rate_50 < 0.01 && p99_latency_50 < 500',
    });
    expect(r.text.startsWith(k8s.slice(0, k8s.indexOf('edges:')))).toBe(true);
    expect(r.touched.size).toBe(0);
  });

  it('pastes into another document style and re-indents', () => {
    const clip = copyNodes(commented, ['build', 'test']);
    const single = fixture('single.yaml');
    const r = mustEdit(single, { type: 'node.paste', yaml: clip, offset: { x: 0, y: 0 } });
    expect(r.text).toContain(
      '- id: build_copy\n  type: cli\n  name: "Build"\n  runtime:\n    command: |\n      npm ci\n',
    );
    expect(r.text).toContain('edges:\n- from: build_copy\n  to: test_copy\n  mode: sequential\n');
    expect(graph(r.text).layout.pinned['build_copy']).toEqual({ x: 0, y: 0 });
    const flow = mustEdit(fixture('flow.yaml'), { type: 'node.paste', yaml: clip });
    const g = graph(flow.text);
    expect(g.nodes.map((n) => n.id)).toEqual(['a', 'b', 'build_copy', 'test_copy']);
    expect(g.nodes[2]?.runtime['command']).toBe('npm ci\nnpm run build\n');
  });

  it('accepts a bare node list, and refuses other clipboard text', () => {
    const r = mustEdit(commented, { type: 'node.paste', yaml: '- id: extra\n  type: cli\n' });
    expect(r.newIds).toEqual(['extra_copy']);
    mustRefuse(commented, { type: 'node.paste', yaml: 'hello: [' }, /valid YAML/);
    mustRefuse(commented, { type: 'node.paste', yaml: 'hello: world\n' }, /no nodes/);
  });
});
