import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../parse';
import { crlf, fixture, mustEdit, mustRefuse, swap } from './testkit';

const commented = fixture('commented.yaml');
const single = fixture('single.yaml');

const pinned = (text: string) => parseWorkflow(text).graph?.layout.pinned ?? {};

describe('node.move', () => {
  it('updates an existing position in place, rounding and keeping the flow style', () => {
    const r = mustEdit(commented, {
      type: 'node.move',
      moves: [{ id: 'build', position: { x: 12.4, y: -7.5 } }],
    });
    expect(r.text).toBe(swap(commented, 'build: { x: 0, y: 0 }', 'build: { x: 12, y: -7 }'));
    const at = commented.indexOf('x: 0, y: 0');
    expect(r.changes).toEqual([
      { start: at + 3, end: at + 4, text: '12' },
      { start: at + 9, end: at + 10, text: '-7' },
    ]);
    expect(pinned(r.text)['build']).toEqual({ x: 12, y: -7 });
    expect(r.touched.size).toBe(1);
  });

  it('keeps an unpadded flow map unpadded', () => {
    const r = mustEdit(commented, {
      type: 'node.move',
      moves: [{ id: 'deploy', position: { x: 1, y: 2 } }],
    });
    expect(r.text).toBe(swap(commented, 'deploy: {x: 400, y: 10}', 'deploy: {x: 1, y: 2}'));
  });

  it('appends an entry for a node without one, in flow style', () => {
    const r = mustEdit(commented, {
      type: 'node.move',
      moves: [
        { id: 'test', position: { x: 5, y: 6 } },
        { id: 'build', position: { x: 0, y: 1 } },
      ],
    });
    expect(r.text).toBe(
      swap(
        swap(commented, 'build: { x: 0, y: 0 }', 'build: { x: 0, y: 1 }'),
        'deploy: {x: 400, y: 10}\n',
        'deploy: {x: 400, y: 10}\n    test: { x: 5, y: 6 }\n',
      ),
    );
    expect(pinned(r.text)).toEqual({
      build: { x: 0, y: 1 },
      deploy: { x: 400, y: 10 },
      test: { x: 5, y: 6 },
    });
  });

  it('creates x-layout at the end of the document, in block style', () => {
    const r = mustEdit(single, {
      type: 'node.move',
      moves: [{ id: 'only', position: { x: 240, y: 180 } }],
    });
    expect(r.text).toBe(`${single}x-layout:\n  nodes:\n    only: { x: 240, y: 180 }\n`);
    expect(r.changes).toEqual([
      {
        start: single.length,
        end: single.length,
        text: 'x-layout:\n  nodes:\n    only: { x: 240, y: 180 }\n',
      },
    ]);
    expect(r.touched.size).toBe(0);
  });

  it('adds a final line break first when the text has none', () => {
    const text = single.trimEnd();
    const r = mustEdit(text, {
      type: 'node.move',
      moves: [{ id: 'only', position: { x: 1, y: 2 } }],
    });
    expect(r.text).toBe(`${text}\nx-layout:\n  nodes:\n    only: { x: 1, y: 2 }\n`);
  });

  it('adds `nodes` to an x-layout that has only a direction', () => {
    const text = `${single}x-layout:\n  direction: RIGHT # sideways\n`;
    const r = mustEdit(text, {
      type: 'node.move',
      moves: [{ id: 'only', position: { x: 1, y: 2 } }],
    });
    expect(r.text).toBe(`${text}  nodes:\n    only: { x: 1, y: 2 }\n`);
  });

  it('appends before a document-end marker', () => {
    const text = `---\n${single}...\n# trailer\n`;
    const r = mustEdit(text, {
      type: 'node.move',
      moves: [{ id: 'only', position: { x: 1, y: 2 } }],
    });
    expect(r.text).toBe(
      `---\n${single}x-layout:\n  nodes:\n    only: { x: 1, y: 2 }\n...\n# trailer\n`,
    );
  });

  it('keeps CRLF line breaks', () => {
    const text = crlf(single);
    const r = mustEdit(text, {
      type: 'node.move',
      moves: [{ id: 'only', position: { x: 1, y: 2 } }],
    });
    expect(r.text).toBe(`${text}x-layout:\r\n  nodes:\r\n    only: { x: 1, y: 2 }\r\n`);
    const again = mustEdit(crlf(commented), {
      type: 'node.move',
      moves: [{ id: 'notify', position: { x: 3, y: 4 } }],
    });
    expect(again.text).toBe(
      crlf(swap(commented, 'y: 10}\n', 'y: 10}\n    notify: { x: 3, y: 4 }\n')),
    );
  });

  it('writes into a flow document in flow style', () => {
    const text = fixture('flow.yaml');
    const r = mustEdit(text, { type: 'node.move', moves: [{ id: 'b', position: { x: 1, y: 2 } }] });
    expect(r.text).toBe(swap(text, '}]}\n', '}], x-layout: { nodes: { b: { x: 1, y: 2 } } }}\n'));
    expect(pinned(r.text)['b']).toEqual({ x: 1, y: 2 });
  });

  it('refuses unknown nodes and non-finite positions', () => {
    mustRefuse(
      commented,
      { type: 'node.move', moves: [{ id: 'nope', position: { x: 1, y: 2 } }] },
      /no node "nope"/,
    );
    mustRefuse(
      commented,
      { type: 'node.move', moves: [{ id: 'build', position: { x: NaN, y: 2 } }] },
      /finite/,
    );
  });
});

describe('layout.reset', () => {
  it('removes x-layout.nodes and keeps the direction', () => {
    const r = mustEdit(commented, { type: 'layout.reset' });
    expect(r.text).toBe(
      swap(commented, '  nodes:\n    build: { x: 0, y: 0 }\n    deploy: {x: 400, y: 10}\n', ''),
    );
    expect(pinned(r.text)).toEqual({});
    expect(parseWorkflow(r.text).graph?.layout.direction).toBe('RIGHT');
  });

  it('removes x-layout (with its comment) when nothing else is left', () => {
    const text = swap(commented, '  direction: RIGHT\n', '');
    const r = mustEdit(text, { type: 'layout.reset' });
    // The blank line before it goes too: nothing follows.
    expect(r.text).toBe(text.slice(0, text.indexOf('\n# Where the nodes sit')));
  });

  it('changes nothing when no node is pinned', () => {
    const r = mustEdit(single, { type: 'layout.reset' });
    expect(r.text).toBe(single);
    expect(r.changes).toEqual([]);
  });
});

describe('layout.direction', () => {
  it('sets an existing direction in place', () => {
    const r = mustEdit(commented, { type: 'layout.direction', direction: 'DOWN' });
    expect(r.text).toBe(swap(commented, 'direction: RIGHT', 'direction: DOWN'));
    expect(parseWorkflow(r.text).graph?.layout.direction).toBe('DOWN');
  });

  it('writes RIGHT explicitly, creating x-layout when missing', () => {
    const r = mustEdit(single, { type: 'layout.direction', direction: 'RIGHT' });
    expect(r.text).toBe(`${single}x-layout:\n  direction: RIGHT\n`);
    expect(parseWorkflow(r.text).graph?.layout.direction).toBe('RIGHT');
  });

  it('puts a new direction first in an existing x-layout', () => {
    const text = swap(commented, '  direction: RIGHT\n', '');
    const r = mustEdit(text, { type: 'layout.direction', direction: 'RIGHT' });
    expect(r.text).toBe(commented);
  });

  it('leaves a document without direction alone for DOWN (the default)', () => {
    const r = mustEdit(single, { type: 'layout.direction', direction: 'DOWN' });
    expect(r.changes).toEqual([]);
  });
});
