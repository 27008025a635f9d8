import { describe, expect, it } from 'vitest';
import { elementAt, lineColAt, lineCounterFor, makeRange, offsetAt, parseWorkflow } from './index';

describe('line/column helpers', () => {
  const text = 'ab\ncd\n\nef';
  const lc = lineCounterFor(text);

  it('maps offsets to 1-based line/col and back', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const { line, col } = lineColAt(lc, offset);
      expect(offsetAt(lc, line, col)).toBe(offset);
    }
    expect(lineColAt(lc, 3)).toEqual({ line: 2, col: 1 });
    expect(lineColAt(lc, 7)).toEqual({ line: 4, col: 1 });
  });

  it('makes ranges with start and end positions', () => {
    expect(makeRange(lc, 1, 4)).toEqual({
      start: 1,
      end: 4,
      line: 1,
      col: 2,
      endLine: 2,
      endCol: 2,
    });
  });

  it('counts UTF-16 code units, as editors do', () => {
    const wide = lineCounterFor('名前: 😀x\n');
    expect(lineColAt(wide, 6)).toEqual({ line: 1, col: 7 });
  });
});

describe('elementAt', () => {
  const text = [
    'nodes:',
    '  - id: a',
    '    type: cli',
    '  - id: b',
    '    type: cli',
    'edges:',
    '  - from: a',
    '    to: b',
    '',
  ].join('\n');
  const graph = parseWorkflow(text).graph;

  it('selects a node from anywhere in its mapping, including its end', () => {
    if (graph === null) throw new Error('graph');
    const at = text.indexOf('type: cli');
    expect(elementAt(graph, at)).toMatchObject({ kind: 'node', node: { id: 'a' } });
    const b = graph.nodes[1];
    expect(b && elementAt(graph, b.range.end)).toMatchObject({ kind: 'node', node: { id: 'b' } });
  });

  it('selects an edge, and nothing outside nodes and edges', () => {
    if (graph === null) throw new Error('graph');
    expect(elementAt(graph, text.indexOf('to: b'))).toMatchObject({
      kind: 'edge',
      edge: { id: 'a->b' },
    });
    expect(elementAt(graph, text.indexOf('edges:'))).toBeUndefined();
  });
});
