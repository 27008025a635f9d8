import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasBomb, generateWorkflow } from './__fixtures__/generate';
import { drawnEdges, elementAt, MAX_TEXT_LENGTH, parseWorkflow } from './index';
import type { WorkflowGraph } from './index';

// The project's own byte-identical copy of ../shared/examples/k8s-rollout.osop.yaml.
const reference = new URL('../examples/k8s-rollout.osop.yaml', import.meta.url);
const fixture = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function graphOf(text: string): WorkflowGraph {
  const { graph } = parseWorkflow(text);
  if (graph === null) throw new Error('expected a graph');
  return graph;
}

const node = (g: WorkflowGraph, id: string) => {
  const found = g.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};

describe('reference example (k8s-rollout)', () => {
  const text = readFileSync(reference, 'utf8');
  const { graph, diagnostics } = parseWorkflow(text);

  it('reads 9 nodes, 10 edges, no diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(graph?.nodes).toHaveLength(9);
    expect(graph?.edges).toHaveLength(10);
  });

  it('reads meta, including the Chinese name', () => {
    expect(graph?.meta).toEqual({
      id: 'k8s-rollout',
      name: 'Kubernetes 漸進式發布',
      osopVersion: '2.0',
      tags: [],
    });
  });

  it('has 4 conditional edges with conditions, 2 with labels', () => {
    const conditional = graph?.edges.filter((e) => e.mode === 'conditional') ?? [];
    expect(conditional).toHaveLength(4);
    expect(
      conditional.every((e) => e.condition !== undefined && e.conditionKey === 'condition'),
    ).toBe(true);
    expect(conditional.filter((e) => e.label !== undefined).map((e) => e.label)).toEqual([
      'Health check failed at 10%',
      'Health check failed at 50%',
    ]);
    expect(conditional[0]?.condition).toBe('error_rate_10 < 0.01 && p99_latency_10 < 500');
  });

  it('derives stable edge ids and keeps list positions', () => {
    expect(graph?.edges.map((e) => e.id).slice(3, 5)).toEqual([
      'health_check_10->canary_50',
      'health_check_10->rollback',
    ]);
    expect(graph?.edges.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(graph?.edges.every((e) => e.modeKnown)).toBe(true);
  });

  it('gives each node and edge its source range', () => {
    const g = graph as WorkflowGraph;
    const canary = node(g, 'canary_10');
    expect([canary.range.line, canary.range.col, canary.range.endLine]).toEqual([24, 5, 36]);
    expect(text.slice(canary.range.start, canary.range.start + 13)).toBe('id: canary_10');
    expect(text.slice(canary.range.end - 8, canary.range.end)).toBe('igation.');
    const rollbackEdge = g.edges[4];
    expect([
      rollbackEdge?.range.line,
      rollbackEdge?.range.col,
      rollbackEdge?.range.endLine,
    ]).toEqual([114, 5, 118]);
    expect(node(g, 'notify_status').range.line).toBe(89);
  });

  it('reads node fields', () => {
    const g = graph as WorkflowGraph;
    const check = node(g, 'health_check_10');
    expect(check).toMatchObject({
      type: 'api',
      typeKind: 'core',
      timeoutSec: 600,
      maxRetries: 3,
      approvalGate: false,
    });
    expect(check.label).toBe(
      'Query Prometheus for error rate and latency metrics at 10% canary weight',
    );
    expect(check.outputs).toEqual([{ name: 'error_rate_10' }, { name: 'p99_latency_10' }]);
    expect(check.runtime).toEqual({
      endpoint: '/api/v1/query_range',
      method: 'POST',
      url: 'https://prometheus.internal',
    });
    expect(node(g, 'apply_manifests').secrets).toEqual(['KUBECONFIG']);
    expect(node(g, 'notify_status').secrets).toEqual(['SLACK_BOT_TOKEN']);
    expect(node(g, 'canary_10').raw['explain']).toContain('Initial canary phase.');
  });

  it('draws the labelled edges with their label, the others with their condition', () => {
    const texts = drawnEdges(graph as WorkflowGraph)
      .filter((e) => e.mode === 'conditional')
      .map((e) => e.text);
    expect(texts).toEqual([
      'error_rate_10 < 0.01 && p99_latency_10 < 500',
      'Health check failed at 10%',
      'error_rate_50 < 0.01 && p99_latency_50 < 500',
      'Health check failed at 50%',
    ]);
  });
});

describe('liberal reading', () => {
  const { graph, diagnostics } = parseWorkflow(fixture('liberal.yaml'));
  const g = graph as WorkflowGraph;

  it('reports only the unknown type and mode, as info', () => {
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['UNKNOWN_NODE_TYPE', 'info'],
      ['UNKNOWN_EDGE_MODE', 'info'],
    ]);
  });

  it('stringifies scalar meta and reads `osop:`', () => {
    expect(g.meta).toEqual({
      id: 'liberal-demo',
      name: '42',
      version: '3',
      osopVersion: '1.5',
      description: 'Reads every variant',
      tags: ['demo', '7'],
    });
  });

  it('reads name, version, description and tags from `metadata:` when the top level has none', () => {
    const text = [
      'osop: "1.0"',
      'metadata:',
      '  name: A7SEO 完整 SEO 流程',
      '  description: |',
      '    從關鍵字研究到文章發布',
      '  version: "1.0.0"',
      '  tags: [seo, content]',
      'nodes:',
      '  - id: start',
      '    type: human',
      'edges: []',
    ].join('\n');
    expect(parseWorkflow(text).graph?.meta).toEqual({
      name: 'A7SEO 完整 SEO 流程',
      version: '1.0.0',
      osopVersion: '1.0',
      description: '從關鍵字研究到文章發布\n',
      tags: ['seo', 'content'],
    });
    // The top level wins where both have a value.
    const both = `id: w\nname: Top\nmetadata:\n  name: Inner\n  version: "2"\nnodes:\n  - id: a\n    type: cli\n`;
    expect(parseWorkflow(both).graph?.meta).toMatchObject({ id: 'w', name: 'Top', version: '2' });
    // A `metadata:` that is not a mapping is ignored.
    expect(parseWorkflow(`metadata: [x]\nnodes:\n  - id: a\n    type: cli\n`).graph?.meta).toEqual({ tags: [] });
  });

  it('picks the label from name, label, purpose, description, id', () => {
    expect(g.nodes.map((n) => n.label)).toEqual([
      'Fetch the order',
      'Decide what to do',
      'Ship it',
      '99',
    ]);
    expect(node(g, 'think').purpose).toBe('  Decide what to do  ');
    expect(node(g, '99').type).toBe('human');
  });

  it('normalises the three inputs/outputs forms and one-key maps', () => {
    expect(node(g, 'fetch').outputs).toEqual([
      { name: 'order_id', detail: 'data.order.id' },
      { name: 'total', detail: 'number', required: true },
      { name: 'plain' },
    ]);
    expect(node(g, 'think').inputs).toEqual([
      { name: 'order_id', detail: 'string', required: true },
      { name: 'note', detail: 'free text' },
    ]);
  });

  it('falls back to node-level command/config for runtime', () => {
    expect(node(g, 'fetch').runtime).toEqual({ command: 'curl https://example.test' });
    expect(node(g, 'think').runtime).toMatchObject({ provider: 'acme' });
    expect(node(g, 'ship').runtime).toEqual({ dock: 7 });
    expect(node(g, '99').runtime).toEqual({});
  });

  it('reads timeouts, retries, secrets, risk and approval gates', () => {
    expect(node(g, 'fetch')).toMatchObject({
      timeoutSec: 5400,
      maxRetries: 3,
      riskLevel: 'high',
      approvalGate: true,
    });
    expect(node(g, 'fetch').secrets).toEqual(['API_KEY', 'DB_PASSWORD', 'VAULT_TOKEN']);
    expect(node(g, 'think')).toMatchObject({ timeoutSec: 45, maxRetries: 2, approvalGate: false });
    expect(node(g, 'think').secrets).toEqual(['ACME_KEY', 'OTHER_KEY']);
    expect(node(g, 'ship').approvalGate).toBe(true);
    expect(node(g, 'ship').typeKind).toBe('unknown');
  });

  it('reads edges: default mode, conditions, labels, joins, ids', () => {
    expect(g.edges.map((e) => e.id)).toEqual([
      'fetch->think',
      'think->ship',
      'think->ship#1',
      'think->ship#2',
      'ship->99',
    ]);
    expect(g.edges[0]).toMatchObject({ mode: 'sequential', modeKnown: true });
    expect(g.edges[1]).toMatchObject({ condition: 'true', conditionKey: 'when' });
    expect(g.edges[2]).toMatchObject({
      condition: 'otherwise',
      conditionKey: 'condition',
      label: '<b>plan B</b>',
    });
    expect(g.edges[3]).toMatchObject({ joinMode: 'wait_any', joinCount: 2 });
    expect(g.edges[4]).toMatchObject({ mode: 'teleport', modeKnown: false });
  });

  it('reads x-layout', () => {
    expect(g.layout).toEqual({
      direction: 'RIGHT',
      pinned: { fetch: { x: 10, y: 20.5 }, think: { x: -5, y: 0 } },
    });
  });
});

describe('switch edges', () => {
  const g = graphOf(fixture('switch.yaml'));

  it('reads cases and default_to', () => {
    expect(g.edges[0]?.cases).toEqual([
      { value: 'invoice', to: 'billing' },
      { value: 'refund', to: 'billing' },
      { value: 'bug', to: 'tech' },
    ]);
    expect(g.edges[0]?.defaultTo).toBe('general');
    expect(g.edges[0]?.condition).toBe('outputs.classify.topic');
  });

  it('accepts the map form of cases and a switch without `to`', () => {
    const text = [
      'nodes: [{id: a, type: cli}, {id: b, type: cli}, {id: c, type: cli}]',
      'edges:',
      '  - from: a',
      '    mode: switch',
      '    when: kind',
      '    cases: { one: b, two: c }',
    ].join('\n');
    const { graph, diagnostics } = parseWorkflow(text);
    expect(diagnostics).toEqual([]);
    expect(graph?.edges[0]).toMatchObject({
      id: 'a->b',
      to: 'b',
      cases: [
        { value: 'one', to: 'b' },
        { value: 'two', to: 'c' },
      ],
    });
  });
});

describe('YAML features', () => {
  it('resolves aliases and merge keys', () => {
    const text = [
      'defaults: &d { type: cli, timeout_sec: 5 }',
      'nodes:',
      '  - id: a',
      '    <<: *d',
      '  - id: b',
      '    <<: *d',
      '    type: api',
      'edges: [{ from: a, to: b }]',
    ].join('\n');
    const { graph, diagnostics } = parseWorkflow(text);
    expect(diagnostics).toEqual([]);
    expect(graph?.nodes.map((n) => [n.type, n.timeoutSec])).toEqual([
      ['cli', 5],
      ['api', 5],
    ]);
  });

  it('reads a JSON workflow', () => {
    const g = graphOf(
      '{"id": "j", "nodes": [{"id": "a", "type": "cli"}, {"id": "b", "type": "cli"}], "edges": [{"from": "a", "to": "b"}]}',
    );
    expect(g.edges.map((e) => e.id)).toEqual(['a->b']);
  });

  it('keeps the last of duplicate keys, with a warning', () => {
    const { graph, diagnostics } = parseWorkflow(
      'nodes:\n  - id: a\n    type: cli\n    type: api\n',
    );
    expect(graph?.nodes[0]?.type).toBe('api');
    expect(diagnostics.map((d) => d.code)).toEqual(['DUPLICATE_KEY']);
  });

  it('reports a key repeated three times twice', () => {
    const { diagnostics } = parseWorkflow(
      'nodes:\n  - { id: a, type: cli, type: api, type: db }\n',
    );
    expect(diagnostics.map((d) => [d.code, d.range.col])).toEqual([
      ['DUPLICATE_KEY', 25],
      ['DUPLICATE_KEY', 36],
    ]);
  });

  it('turns YAML warnings into warnings and still reads the graph', () => {
    const { graph, diagnostics } = parseWorkflow('nodes:\n  - id: a\n    type: !custom cli\n');
    expect(graph?.nodes[0]?.type).toBe('cli');
    expect(diagnostics.map((d) => [d.code, d.severity, d.range.line])).toEqual([
      ['YAML_SYNTAX', 'warning', 3],
    ]);
  });

  it('matches ids exactly', () => {
    const text =
      'nodes:\n  - { id: " a", type: cli }\n  - { id: b, type: cli }\nedges:\n  - { from: " a", to: b }\n';
    expect(graphOf(text).edges.map((e) => e.id)).toEqual([' a->b']);
  });

  it('handles CRLF line ends', () => {
    const g = graphOf(
      'nodes:\r\n  - id: a\r\n    type: cli\r\n  - id: b\r\n    type: cli\r\nedges:\r\n  - from: a\r\n    to: b\r\n',
    );
    expect(g.nodes[1]?.range.line).toBe(4);
    expect(g.edges[0]?.to).toBe('b');
  });
});

describe('untrusted input', () => {
  it('keeps markup in names as plain text', () => {
    const text =
      'name: "<img src=x onerror=alert(1)>"\nnodes:\n  - id: x\n    type: cli\n    name: "<script>alert(1)</script>"\n';
    const g = graphOf(text);
    expect(g.meta.name).toBe('<img src=x onerror=alert(1)>');
    expect(g.nodes[0]?.label).toBe('<script>alert(1)</script>');
  });

  it('keeps __proto__ and constructor as data', () => {
    const text = [
      'nodes:',
      '  - { id: __proto__, type: cli, __proto__: { polluted: true } }',
      '  - { id: constructor, type: cli }',
      'edges:',
      '  - { from: __proto__, to: constructor, join_mode: constructor }',
      'x-layout:',
      '  nodes:',
      '    __proto__: { x: 1, y: 2 }',
    ].join('\n');
    const g = graphOf(text);
    expect(g.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor']);
    expect(g.edges[0]?.joinMode).toBeUndefined();
    expect(Object.keys(g.layout.pinned)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stops an alias bomb fast', () => {
    const t0 = performance.now();
    const { graph, diagnostics } = parseWorkflow(aliasBomb(9));
    const ms = performance.now() - t0;
    expect(graph).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['YAML_ALIAS_LIMIT']);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a recursive alias', () => {
    const { graph, diagnostics } = parseWorkflow('nodes: &n [ *n ]\n');
    expect(graph).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['YAML_ALIAS_LIMIT']);
  });

  it('refuses text over 5 MB without parsing it', () => {
    const t0 = performance.now();
    const { graph, diagnostics } = parseWorkflow('#'.repeat(MAX_TEXT_LENGTH + 1));
    expect(graph).toBeNull();
    expect(diagnostics.map((d) => d.code)).toEqual(['TOO_LARGE']);
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('refuses very deep nesting fast, without overflowing the stack', () => {
    const hostile = [
      `nodes: ${'['.repeat(300_000)}${']'.repeat(300_000)}\n`,
      `nodes:\n${'- '.repeat(300_000)}x\n`,
      `nodes: ${'{a: '.repeat(250)}1${'}'.repeat(250)}\n`,
      `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`,
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      const { graph, diagnostics } = parseWorkflow(text);
      expect(graph).toBeNull();
      expect(diagnostics.map((d) => d.code)).toEqual(['TOO_LARGE']);
      expect(diagnostics[0]?.message).toContain('nested');
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });

  it('reads nesting up to the limit', () => {
    const text = `nodes:\n  - id: a\n    type: cli\n    config: ${'['.repeat(150)}1${']'.repeat(150)}\n`;
    const { graph, diagnostics } = parseWorkflow(text);
    expect(diagnostics).toEqual([]);
    expect(graph?.nodes).toHaveLength(1);
  });
});

describe('performance', () => {
  it('parses 2000 nodes / 3200 edges quickly', () => {
    const text = generateWorkflow(2000, 1.6);
    parseWorkflow(text); // warm up
    const t0 = performance.now();
    const { graph } = parseWorkflow(text);
    const ms = performance.now() - t0;
    console.warn(
      `parse 2000 nodes / ${graph?.edges.length ?? 0} edges (${(text.length / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms`,
    );
    expect(graph?.nodes).toHaveLength(2000);
    expect(graph?.edges).toHaveLength(3200);
    expect(ms).toBeLessThan(1500);
  });

  it('parses a 4.9 MB workflow', () => {
    const text = generateWorkflow(8800, 1.6, 420);
    expect(text.length).toBeGreaterThan(4.8 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_TEXT_LENGTH);
    const t0 = performance.now();
    const { graph, diagnostics } = parseWorkflow(text);
    const ms = performance.now() - t0;
    console.warn(
      `parse ${(text.length / 1024 / 1024).toFixed(2)} MB (${graph?.nodes.length ?? 0} nodes): ${ms.toFixed(0)} ms`,
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(graph?.nodes).toHaveLength(8800);
    expect(ms).toBeLessThan(20000);
  });
});

describe('elementAt', () => {
  const text = readFileSync(reference, 'utf8');
  const g = graphOf(text);

  it('finds the node or edge under an offset', () => {
    expect(elementAt(g, text.indexOf('kubeconform -strict'))).toMatchObject({
      kind: 'node',
      node: { id: 'validate_manifests' },
    });
    const labelAt = text.indexOf('Health check failed at 50%');
    expect(elementAt(g, labelAt)).toMatchObject({
      kind: 'edge',
      edge: { id: 'health_check_50->rollback' },
    });
    expect(elementAt(g, 0)).toBeUndefined();
  });
});
