import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from './index';
import type { EditOp } from './index';
import { applyChanges } from './changes';
import { fixture, mustRefuse } from './testkit';

const commented = fixture('commented.yaml');
const move: EditOp = { type: 'node.move', moves: [{ id: 'build', position: { x: 1, y: 2 } }] };

describe('refusals', () => {
  it('refuses text with YAML errors, naming the line', () => {
    mustRefuse(
      'nodes:\n  - id: a\n    type: [cli\n',
      move,
      /YAML has an error at line \d+, column \d+/,
    );
    mustRefuse('a: 1\na: [\n', { type: 'layout.reset' }, /YAML has an error/);
  });

  it('refuses documents that are not a workflow mapping', () => {
    mustRefuse('', move, /not a workflow mapping/);
    mustRefuse('- a\n- b\n', move, /not a workflow mapping/);
    mustRefuse(
      'just text\n',
      { type: 'layout.direction', direction: 'RIGHT' },
      /not a workflow mapping/,
    );
  });

  it('refuses edits of nodes and edges that are gone', () => {
    mustRefuse(commented, { type: 'node.set', id: 'ghost', field: 'name', value: 'x' }, /no node/);
    mustRefuse(commented, { type: 'edge.remove', edges: [{ index: -1 }] }, /no longer exists/);
    mustRefuse(
      commented,
      { type: 'edge.set', edge: { index: 1.5 }, field: 'label', value: 'x' },
      /no longer exists/,
    );
  });

  it('refuses multiple documents', () => {
    mustRefuse(`${commented}---\nid: other\n`, move, /YAML has an error/);
  });
});

const ops: readonly EditOp[] = [
  move,
  { type: 'layout.reset' },
  { type: 'layout.direction', direction: 'RIGHT' },
  { type: 'edge.add', from: 'build', to: 'notify' },
  { type: 'edge.remove', edges: [{ index: 0 }] },
  { type: 'edge.set', edge: { index: 2 }, field: 'condition', value: 'a' },
  { type: 'node.remove', ids: ['test'] },
  { type: 'node.duplicate', ids: ['build'] },
  { type: 'node.add', nodeType: 'cli' },
  { type: 'node.rename', id: 'notify', newId: 'page' },
  { type: 'node.set', id: 'test', field: 'outputs', value: ['a', 'report'] },
  { type: 'node.paste', yaml: '- id: x\n  type: cli\n' },
];

describe('never throws', () => {
  it('on damaged documents: refuses, or returns changes that reproduce its text', () => {
    fc.assert(
      fc.property(
        fc.nat(commented.length),
        fc.nat(40),
        fc.string({ maxLength: 6 }),
        fc.constantFrom(...ops),
        (at, cut, insert, op) => {
          const text = commented.slice(0, at) + insert + commented.slice(at + cut);
          const result = applyEdit(text, op);
          if (result.ok) expect(applyChanges(text, result.changes)).toBe(result.text);
          else expect(result.error).not.toMatch(/could not be applied/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
