import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../parse';
import { mustEdit } from './testkit';

const ids = (text: string) => parseWorkflow(text).graph?.nodes.map((n) => n.id) ?? [];

describe('less common shapes', () => {
  it('removes the first key of a list item by pulling the next key up', () => {
    const text = 'nodes:\n  - name: First\n    id: a\n    type: cli\n';
    const r = mustEdit(text, { type: 'node.set', id: 'a', field: 'name', value: '' });
    expect(r.text).toBe('nodes:\n  - id: a\n    type: cli\n');
  });

  it('edits flow-map nodes inside a block list', () => {
    const text = 'nodes:\n  - {id: a, type: cli, name: A}\n  - {id: b, type: api}\nedges: []\n';
    expect(
      mustEdit(text, { type: 'node.set', id: 'a', field: 'name', value: undefined }).text,
    ).toBe('nodes:\n  - {id: a, type: cli}\n  - {id: b, type: api}\nedges: []\n');
    expect(mustEdit(text, { type: 'node.set', id: 'b', field: 'timeout_sec', value: 5 }).text).toBe(
      'nodes:\n  - {id: a, type: cli, name: A}\n  - {id: b, type: api, timeout_sec: 5}\nedges: []\n',
    );
    expect(mustEdit(text, { type: 'node.add', nodeType: 'db' }).text).toBe(
      'nodes:\n  - {id: a, type: cli, name: A}\n  - {id: b, type: api}\n  - {id: db_1, type: db}\nedges: []\n',
    );
    expect(mustEdit(text, { type: 'edge.add', from: 'a', to: 'b' }).text).toBe(
      'nodes:\n  - {id: a, type: cli, name: A}\n  - {id: b, type: api}\nedges:\n  - from: a\n    to: b\n    mode: sequential\n',
    );
  });

  it('replaces a plain scalar that spans lines', () => {
    const text =
      'nodes:\n  - id: a\n    purpose: a long purpose\n      that wraps\n    type: cli\n';
    const r = mustEdit(text, { type: 'node.set', id: 'a', field: 'purpose', value: 'short' });
    expect(r.text).toBe('nodes:\n  - id: a\n    purpose: short\n    type: cli\n');
  });

  it('keeps anchors and aliases readable', () => {
    const text =
      'nodes:\n  - id: a\n    type: cli\n    runtime: &rt\n      command: x\n  - id: b\n    type: cli\n    runtime: *rt\n';
    const b = mustEdit(text, { type: 'node.set', id: 'b', field: 'runtime.command', value: 'y' });
    expect(b.text).toBe(text.replace('runtime: *rt', 'runtime:\n      command: y'));
    const a = mustEdit(text, { type: 'node.set', id: 'a', field: 'runtime.command', value: 'z' });
    expect(a.text).toBe(text.replace('command: x', 'command: z'));
  });

  it('gives new nodes ids no stale pin uses', () => {
    const text =
      'nodes:\n  - id: a\n    type: cli\nx-layout:\n  nodes:\n    cli_1: { x: 1, y: 1 }\n';
    expect(mustEdit(text, { type: 'node.add', nodeType: 'cli' }).newIds).toEqual(['cli_2']);
    expect(mustEdit(text, { type: 'node.duplicate', ids: ['a'] }).newIds).toEqual(['a_copy']);
  });

  it('edits documents with tabs inside values, unicode and a BOM', () => {
    const text = '\uFEFFnodes:\n  - id: 審核\n    type: human\n    name: "a\\tb"\n';
    const r = mustEdit(text, { type: 'node.rename', id: '審核', newId: '審核_2' });
    expect(r.text).toBe(text.replace('id: 審核', 'id: 審核_2'));
    expect(ids(r.text)).toEqual(['審核_2']);
  });

  it('renames pins written with quoted keys, keeping the quotes', () => {
    const text = 'nodes:\n  - id: a\n    type: cli\nx-layout:\n  nodes:\n    "a": { x: 1, y: 2 }\n';
    expect(mustEdit(text, { type: 'node.rename', id: 'a', newId: 'b' }).text).toBe(
      text.replace('id: a', 'id: b').replace('"a":', '"b":'),
    );
  });
});
