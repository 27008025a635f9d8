import { describe, expect, it } from 'vitest';
import { aliasBomb } from './__fixtures__/generate';
import { DEFAULT_SEVERITY, MAX_TEXT_LENGTH, parseWorkflow } from './index';
import type { DiagnosticCode } from './index';

const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;
const AB = ['nodes:', '  - id: a', '    type: cli', '  - id: b', '    type: cli'];

interface Case {
  readonly code: DiagnosticCode;
  readonly text: string;
  /** line:col of the first diagnostic. */
  readonly at: string;
  /** Expected number of diagnostics (all with `code`); 1 unless said. */
  readonly count?: number;
  /** Whether a graph is still returned. */
  readonly graph: boolean;
}

const cases: Case[] = [
  { code: 'TOO_LARGE', text: 'x'.repeat(MAX_TEXT_LENGTH + 1), at: '1:1', graph: false },
  {
    code: 'YAML_SYNTAX',
    text: lines('id: demo', 'name: a: b', 'nodes: []'),
    at: '2:7',
    graph: false,
  },
  { code: 'YAML_ALIAS_LIMIT', text: aliasBomb(9), at: '2:10', graph: false },
  { code: 'EMPTY_DOCUMENT', text: lines('# nothing here yet', ''), at: '1:1', graph: false },
  { code: 'ROOT_NOT_MAPPING', text: lines('', '- a', '- b'), at: '2:1', graph: false },
  { code: 'MISSING_NODES', text: lines('osop_version: "1.0"', 'id: x'), at: '1:1', graph: true },
  { code: 'INVALID_NODES', text: lines('id: x', 'nodes: hello'), at: '2:8', graph: true },
  {
    code: 'INVALID_NODE',
    text: lines('nodes:', '  - id: a', '    type: cli', '  - just text'),
    at: '4:5',
    graph: true,
  },
  { code: 'MISSING_EDGES', text: lines('id: x', ...AB), at: '1:1', graph: true },
  { code: 'INVALID_EDGES', text: lines(...AB, 'edges: { a: b }'), at: '6:8', graph: true },
  {
    code: 'INVALID_EDGE',
    text: lines(...AB, 'edges:', '  - 42', '  - { from: a, to: b }'),
    at: '7:5',
    graph: true,
  },
  {
    code: 'NODE_WITHOUT_ID',
    text: lines('nodes:', '  - id: a', '    type: cli', '  - type: cli', '    name: nameless'),
    at: '4:5',
    graph: true,
  },
  {
    code: 'DUPLICATE_NODE_ID',
    text: lines('nodes:', '  - id: a', '    type: cli', '  - id: a', '    type: api'),
    at: '4:9',
    graph: true,
  },
  {
    code: 'EDGE_UNKNOWN_NODE',
    text: lines(...AB, 'edges:', '  - from: a', '    to: b', '  - from: a', '    to: ghost'),
    at: '10:9',
    graph: true,
  },
  {
    code: 'EDGE_MISSING_END',
    text: lines(...AB, 'edges:', '  - from: a', '    to: b', '  - from: a'),
    at: '9:5',
    graph: true,
  },
  {
    code: 'CONDITION_MISSING',
    text: lines(...AB, 'edges:', '  - from: a', '    to: b', '    mode: conditional'),
    at: '9:11',
    graph: true,
  },
  {
    code: 'CONDITION_AND_WHEN',
    text: lines(
      ...AB,
      'edges:',
      '  - from: a',
      '    to: b',
      '    mode: conditional',
      '    when: x > 1',
      '    condition: x > 2',
    ),
    at: '11:5',
    graph: true,
  },
  {
    code: 'SWITCH_WITHOUT_CASES',
    text: lines(...AB, 'edges:', '  - from: a', '    to: b', '    mode: switch', '    when: kind'),
    at: '9:11',
    graph: true,
  },
  {
    code: 'UNREACHABLE_NODE',
    text: lines(
      ...AB,
      '  - id: c',
      '    type: cli',
      'edges:',
      '  - { from: b, to: c }',
      '  - { from: c, to: b }',
    ),
    at: '4:9',
    count: 2,
    graph: true,
  },
  {
    code: 'LAYOUT_UNKNOWN_NODE',
    text: lines(
      'nodes:',
      '  - id: a',
      '    type: cli',
      'x-layout:',
      '  nodes:',
      '    a: { x: 1, y: 2 }',
      '    ghost: { x: 3, y: 4 }',
    ),
    at: '7:5',
    graph: true,
  },
  {
    code: 'LAYOUT_INVALID',
    text: lines(
      'nodes:',
      '  - id: a',
      '    type: cli',
      'x-layout:',
      '  direction: UP',
      '  nodes:',
      '    a: { x: 1, y: "2" }',
    ),
    at: '5:14',
    count: 2,
    graph: true,
  },
  {
    code: 'UNKNOWN_NODE_TYPE',
    text: lines('nodes:', '  - id: a', '    type: robot'),
    at: '3:11',
    graph: true,
  },
  {
    code: 'UNKNOWN_EDGE_MODE',
    text: lines(...AB, 'edges:', '  - from: a', '    to: b', '    mode: teleport'),
    at: '9:11',
    graph: true,
  },
  {
    code: 'NOT_A_WORKFLOW',
    text: lines('# a run record', 'osoplog_version: "1.0"', 'run_id: r1', 'node_records: []'),
    at: '2:1',
    graph: true,
  },
  {
    code: 'DUPLICATE_KEY',
    text: lines('id: a', 'id: b', 'nodes: [{ id: n, type: cli }]'),
    at: '2:1',
    graph: true,
  },
];

describe('each diagnostic code', () => {
  it('is covered by a case', () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(Object.keys(DEFAULT_SEVERITY)));
  });

  it.each(cases)('$code at $at', ({ code, text, at, count, graph }) => {
    const result = parseWorkflow(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(
      Array<DiagnosticCode>(count ?? 1).fill(code),
    );
    const first = result.diagnostics[0];
    expect(`${first?.range.line}:${first?.range.col}`).toBe(at);
    expect(first?.severity).toBe(DEFAULT_SEVERITY[code]);
    expect(first?.message.length).toBeGreaterThan(10);
    expect(result.graph !== null).toBe(graph);
  });
});

describe('diagnostic details', () => {
  it('drops edges to unknown nodes but keeps id numbering stable', () => {
    const text = lines(
      ...AB,
      'edges:',
      '  - { from: a, to: b }',
      '  - { from: a, to: ghost }',
      '  - { from: a, to: b }',
    );
    const { graph } = parseWorkflow(text);
    expect(graph?.edges.map((e) => [e.id, e.index])).toEqual([
      ['a->b', 0],
      ['a->b#1', 2],
    ]);
  });

  it('reports an unknown switch case and keeps the known ones', () => {
    const text = lines(
      ...AB,
      'edges:',
      '  - from: a',
      '    to: b',
      '    mode: switch',
      '    when: kind',
      '    cases:',
      '      - { value: one, to: b }',
      '      - { value: two, to: ghost }',
      '    default_to: nowhere',
    );
    const { graph, diagnostics } = parseWorkflow(text);
    expect(diagnostics.map((d) => [d.code, `${d.range.line}:${d.range.col}`])).toEqual([
      ['EDGE_UNKNOWN_NODE', '13:27'],
      ['EDGE_UNKNOWN_NODE', '14:17'],
    ]);
    expect(graph?.edges[0]?.cases).toEqual([{ value: 'one', to: 'b' }]);
    expect(graph?.edges[0]?.defaultTo).toBeUndefined();
  });

  it('accepts a loop with for_each and no condition', () => {
    const text = lines(
      ...AB,
      'edges:',
      '  - { from: a, to: b }',
      '  - { from: b, to: a, mode: loop, for_each: items }',
    );
    expect(parseWorkflow(text).diagnostics).toEqual([]);
  });

  it('says nothing about a missing `edges` in a single-node file', () => {
    expect(parseWorkflow(lines('nodes:', '  - id: solo', '    type: human')).diagnostics).toEqual(
      [],
    );
  });

  it('names a .sop collection', () => {
    const { diagnostics } = parseWorkflow(lines('sop_version: "1.0"', 'id: c', 'sections: []'));
    expect(diagnostics.map((d) => d.code)).toEqual(['NOT_A_WORKFLOW']);
    expect(diagnostics[0]?.message).toContain('.sop');
  });

  it('lists at most 500 diagnostics of one code, then says how many more', () => {
    const text = lines('nodes:', ...Array.from({ length: 1200 }, (_, i) => `  - ${i}`));
    const { graph, diagnostics } = parseWorkflow(text);
    expect(graph?.nodes).toEqual([]);
    expect(diagnostics).toHaveLength(501);
    expect(diagnostics[500]?.message).toContain('and 700 more');
    expect(diagnostics[500]?.range.line).toBe(502);
  });

  it('reports YAML errors with the position yaml gives', () => {
    const { diagnostics } = parseWorkflow(lines('id: x', 'nodes:', '  - id: a', '   type: cli'));
    expect(diagnostics[0]).toMatchObject({
      code: 'YAML_SYNTAX',
      severity: 'error',
      range: { line: 4, col: 1 },
    });
  });

  it('does not treat an isolated node or a self-looping entry as unreachable', () => {
    const text = lines(
      ...AB,
      '  - id: c',
      '    type: cli',
      'edges:',
      '  - { from: a, to: b }',
      '  - { from: c, to: c, mode: loop, when: again }',
    );
    expect(parseWorkflow(text).diagnostics).toEqual([]);
  });
});
