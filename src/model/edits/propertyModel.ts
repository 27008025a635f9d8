/**
 * Property-test checks that the model of an edited text reflects the edit, and which edits may
 * be refused. Tests only.
 */
import { expect } from 'vitest';
import type { WorkflowGraph } from '../types';
import { isValidId } from './ids';
import type { EditOp } from './types';

/** Checks that the model of the new text reflects `op`. */
export function checkModel(
  before: WorkflowGraph,
  after: WorkflowGraph,
  op: EditOp,
  newIds: readonly string[],
): void {
  const ids = after.nodes.map((n) => n.id);
  switch (op.type) {
    case 'node.move':
      for (const m of op.moves) {
        expect(after.layout.pinned[m.id]).toEqual({
          x: Math.round(m.position.x) || 0,
          y: Math.round(m.position.y) || 0,
        });
      }
      break;
    case 'layout.reset':
      expect(after.layout.pinned).toEqual({});
      break;
    case 'layout.direction':
      expect(after.layout.direction ?? 'DOWN').toBe(op.direction);
      break;
    case 'edge.add':
      expect(after.edges.at(-1)).toMatchObject({ from: op.from, to: op.to });
      expect(after.edges).toHaveLength(before.edges.length + 1);
      break;
    case 'edge.reconnect': {
      const edge = after.edges.find((e) => e.index === op.edge.index);
      expect(edge).toMatchObject({
        ...(op.from ? { from: op.from } : {}),
        ...(op.to ? { to: op.to } : {}),
      });
      break;
    }
    case 'edge.remove':
      expect(after.edges).toHaveLength(before.edges.length - op.edges.length);
      break;
    case 'edge.set': {
      const edge = after.edges.find((e) => e.index === op.edge.index);
      const value = typeof op.value === 'string' ? op.value.trim() : op.value;
      if (op.field === 'condition') {
        expect(edge?.condition?.trim()).toBe(value === '' ? undefined : value);
      } else if (op.field === 'label') {
        expect(edge?.label).toBe(value === '' ? undefined : value);
      } else if (op.field === 'mode') {
        expect(edge?.mode).toBe(value === '' ? 'sequential' : value);
      }
      break;
    }
    case 'node.remove':
      for (const id of op.ids) {
        expect(ids).not.toContain(id);
        expect(after.layout.pinned[id]).toBeUndefined();
        expect(after.edges.some((e) => e.from === id || e.to === id || e.defaultTo === id)).toBe(
          false,
        );
        expect(after.edges.some((e) => e.cases.some((c) => c.to === id))).toBe(false);
      }
      break;
    case 'node.duplicate':
    case 'node.paste':
    case 'node.add':
      expect(newIds.length).toBeGreaterThan(0);
      for (const id of newIds) expect(ids).toContain(id);
      expect(after.nodes).toHaveLength(before.nodes.length + newIds.length);
      break;
    case 'node.rename':
      if (op.newId === op.id) break;
      expect(ids).toContain(op.newId);
      expect(ids).not.toContain(op.id);
      expect(
        JSON.stringify(after.edges.map((e) => [e.from, e.to, e.defaultTo, e.cases])),
      ).not.toContain(`"${op.id}"`);
      expect(Object.keys(after.layout.pinned)).not.toContain(op.id);
      expect(after.edges).toHaveLength(before.edges.length);
      break;
    case 'node.set':
      checkNodeSet(after, op);
      break;
  }
}

function checkNodeSet(after: WorkflowGraph, op: Extract<EditOp, { type: 'node.set' }>): void {
  const node = after.nodes.find((n) => n.id === op.id);
  expect(node).toBeDefined();
  if (node === undefined) return;
  const { field, value } = op;
  const empty = value === undefined || value === null || value === '';
  if (field === 'name' || field === 'purpose' || field === 'description') {
    expect(node[field]).toBe(empty ? undefined : value);
  } else if (field === 'type') {
    expect(node.type).toBe(value);
  } else if (field === 'timeout_sec' && !empty) {
    expect(node.timeoutSec).toBe(Number(value));
  } else if (field === 'runtime.command' && !empty) {
    expect(node.runtime['command']).toBe(value);
  } else if ((field === 'inputs' || field === 'outputs') && Array.isArray(value)) {
    const names = node[field].map((io) => io.name);
    expect(names.sort()).toEqual([...(value as readonly string[])].sort());
  }
}

/** Why `op` may be refused against `graph`, or undefined when it must succeed. */
export function expectedRefusal(graph: WorkflowGraph, op: EditOp): RegExp | undefined {
  if (op.type === 'node.rename') {
    if (op.newId !== op.id && graph.nodes.some((n) => n.id === op.newId)) return /already a node/;
    if (!isValidId(op.newId)) return /not a valid node id|cannot be empty|at most/;
  }
  if (op.type === 'node.paste' && op.yaml === '') return /no nodes|valid YAML/;
  return undefined;
}
