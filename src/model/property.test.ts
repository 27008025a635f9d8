import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { drawnEdges, elementAt, findBackEdges, parseWorkflow } from './index';
import type { ParseResult } from './index';

/** Everything derived from a parse result must also work without throwing. */
function exercise(result: ParseResult, text: string): void {
  for (const d of result.diagnostics) {
    expect(d.range.start).toBeGreaterThanOrEqual(0);
    expect(d.range.end).toBeLessThanOrEqual(Math.max(text.length, d.range.start));
    expect(d.range.line).toBeGreaterThanOrEqual(1);
    expect(d.range.col).toBeGreaterThanOrEqual(1);
  }
  const graph = result.graph;
  if (graph === null) return;
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const e of graph.edges) {
    expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
  }
  findBackEdges(graph);
  for (const d of drawnEdges(graph)) expect(ids.has(d.to)).toBe(true);
  elementAt(graph, Math.floor(text.length / 2));
}

const id = fc.constantFrom('a', 'b', 'c', 'd', '1', '__proto__', 'x->y', '');
const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double());
const workflowish = fc.record(
  {
    id: scalar,
    name: scalar,
    nodes: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              id,
              type: fc.oneof(fc.constantFrom('cli', 'agent', 'db', 'weird'), scalar),
              name: scalar,
              inputs: fc.anything(),
              outputs: fc.oneof(
                fc.array(fc.oneof(fc.string(), fc.dictionary(fc.string(), scalar))),
                fc.anything(),
              ),
              runtime: fc.anything(),
              security: fc.anything(),
              timeout: fc.oneof(fc.constantFrom('10m', '1h30m', 'soon'), scalar),
              retry_policy: fc.anything(),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
      ),
      fc.anything(),
    ),
    edges: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              from: id,
              to: id,
              mode: fc.oneof(
                fc.constantFrom('sequential', 'conditional', 'loop', 'switch', 'odd'),
                scalar,
              ),
              when: scalar,
              condition: scalar,
              cases: fc.oneof(
                fc.array(fc.record({ value: scalar, to: id })),
                fc.dictionary(fc.string(), id),
                fc.anything(),
              ),
              default_to: id,
              join_mode: fc.oneof(fc.constantFrom('wait_all', 'any', 'constructor'), scalar),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
      ),
      fc.anything(),
    ),
    'x-layout': fc.anything(),
  },
  { requiredKeys: [] },
);

describe('parseWorkflow never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        exercise(parseWorkflow(text), text);
      }),
      { numRuns: 500 },
    );
  });

  it('on YAML-looking text', () => {
    const token = fc.constantFrom(
      'nodes:',
      'edges:',
      '- ',
      'id: a',
      '  ',
      '\n',
      '&x ',
      '*x',
      '<<: ',
      '{',
      '}',
      '[',
      ']',
      ':',
      '"',
      "'",
      '|',
      '>',
      '#',
      'to: b',
      'mode: switch',
      '---',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const text = tokens.join('');
        exercise(parseWorkflow(text), text);
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary values written as YAML', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        // yaml's types say string, but undefined stringifies to undefined.
        const written = stringify(value) as string | undefined;
        const text = written ?? '';
        exercise(parseWorkflow(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('on workflow-shaped values written as YAML', () => {
    fc.assert(
      fc.property(workflowish, fc.boolean(), (value, flow) => {
        const text = stringify(value, { collectionStyle: flow ? 'flow' : 'any' });
        exercise(parseWorkflow(text), text);
      }),
      { numRuns: 300 },
    );
  });
});
