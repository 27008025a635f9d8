/**
 * Random edit operations for property tests: seeds drawn by fast-check, made concrete against
 * the document they are applied to (its node ids, edge positions and fields). Tests only.
 */
import fc from 'fast-check';
import type { WorkflowGraph, WorkflowNode } from '../types';
import { copyNodes } from './copy';
import type { EdgeField, EditOp, FieldValue, NodeField } from './types';

type EdgeFieldName = EdgeField;

const KINDS = [
  'node.move',
  'layout.reset',
  'layout.direction',
  'edge.add',
  'edge.reconnect',
  'edge.remove',
  'edge.set',
  'node.remove',
  'node.duplicate',
  'node.paste',
  'node.add',
  'node.rename',
  'node.set',
] as const;

/** The random part of one operation; made concrete against the document it is applied to. */
export interface OpSeed {
  readonly kind: (typeof KINDS)[number];
  readonly a: number;
  readonly b: number;
  readonly x: number;
  readonly y: number;
  readonly pick: number;
}

/** Seeds for one operation; `kinds` restricts the operation types. */
export function opSeed(kinds: readonly (typeof KINDS)[number][] = KINDS): fc.Arbitrary<OpSeed> {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    a: fc.nat(1000),
    b: fc.nat(1000),
    x: fc.integer({ min: -3000, max: 3000 }),
    y: fc.double({ min: -3000, max: 3000, noNaN: true }),
    pick: fc.nat(1000),
  });
}

const TEXTS = [
  'Deploy',
  'Deploy: prod',
  'x # y',
  "it's",
  '"q"',
  'multi\nline',
  'ends with break\n',
  '',
  '漢字 名前',
  '1.0',
  'yes',
  '- dash',
  '{a}',
  'a, b',
];
const NODE_FIELDS: readonly NodeField[] = [
  'name',
  'purpose',
  'description',
  'subtype',
  'type',
  'timeout_sec',
  'retry_policy.max_retries',
  'runtime.command',
  'runtime.model',
  'inputs',
  'outputs',
];
const EDGE_FIELDS: readonly EdgeFieldName[] = [
  'mode',
  'condition',
  'label',
  'join_mode',
  'join_count',
];

const at = <T>(list: readonly T[], n: number): T => {
  if (list.length === 0) throw new Error('empty list');
  return list[n % list.length] as T;
};

/** A value for `field` of `node`, drawn from `s`. */
function nodeSetValue(node: WorkflowNode, field: NodeField, s: OpSeed): FieldValue {
  if (field === 'timeout_sec') return at([0, 30, '45', undefined], s.pick);
  if (field === 'retry_policy.max_retries') return at([0, 3, undefined], s.pick);
  if (field === 'type') return at(['cli', 'agent', 'db', 'x-custom'], s.pick);
  if (field === 'inputs' || field === 'outputs') {
    const existing = node[field].map((io) => io.name);
    const pool = [...new Set([...existing, 'report', 'a', 'b'])];
    return pool.filter((_, i) => ((s.pick >> i) & 1) === 1);
  }
  return at(TEXTS, s.pick);
}

function nodeSetOp(graph: WorkflowGraph, s: OpSeed): EditOp {
  const node = at(graph.nodes, s.a);
  const field = at(NODE_FIELDS, s.b);
  return { type: 'node.set', id: node.id, field, value: nodeSetValue(node, field, s) };
}

function edgeSetOp(graph: WorkflowGraph, s: OpSeed): EditOp | undefined {
  if (graph.edges.length === 0) return undefined;
  const edge = at(graph.edges, s.a);
  const ref = { index: edge.index, from: edge.from, to: edge.to };
  const field = at(EDGE_FIELDS, s.b);
  const values: Record<EdgeFieldName, readonly (string | number)[]> = {
    mode: ['sequential', 'conditional', 'parallel', 'fallback', ''],
    condition: TEXTS,
    label: TEXTS,
    join_mode: ['wait_all', 'wait_any', ''],
    join_count: [1, 2, '3', ''],
  };
  return { type: 'edge.set', edge: ref, field, value: at(values[field], s.pick) };
}

/** The concrete operation for `seed` against `graph` (undefined when it does not apply). */
export function concreteOp(text: string, graph: WorkflowGraph, s: OpSeed): EditOp | undefined {
  const nodes = graph.nodes;
  if (nodes.length === 0 && s.kind !== 'node.add') return undefined;
  const node = nodes.length > 0 ? at(nodes, s.a) : undefined;
  const other = nodes.length > 0 ? at(nodes, s.b) : undefined;
  const edge = graph.edges.length > 0 ? at(graph.edges, s.a) : undefined;
  const ref = edge && { index: edge.index, from: edge.from, to: edge.to };
  switch (s.kind) {
    case 'node.move':
      return node && { type: 'node.move', moves: [{ id: node.id, position: { x: s.x, y: s.y } }] };
    case 'layout.reset':
      return { type: 'layout.reset' };
    case 'layout.direction':
      return { type: 'layout.direction', direction: s.b % 2 === 0 ? 'RIGHT' : 'DOWN' };
    case 'edge.add':
      return node && other && { type: 'edge.add', from: node.id, to: other.id };
    case 'edge.reconnect':
      return (
        ref &&
        other && {
          type: 'edge.reconnect',
          edge: ref,
          ...(s.pick % 2 === 0 ? { from: other.id } : { to: other.id }),
        }
      );
    case 'edge.remove':
      return ref && { type: 'edge.remove', edges: [ref] };
    case 'edge.set':
      return edgeSetOp(graph, s);
    case 'node.remove':
      return node && { type: 'node.remove', ids: [node.id] };
    case 'node.duplicate':
      return (
        node &&
        other && { type: 'node.duplicate', ids: s.pick % 2 === 0 ? [node.id] : [node.id, other.id] }
      );
    case 'node.paste':
      return node && other && { type: 'node.paste', yaml: copyNodes(text, [node.id, other.id]) };
    case 'node.add':
      return {
        type: 'node.add',
        nodeType: at(['cli', 'agent', 'my type', 'db'], s.pick),
        ...(s.b % 2 === 0 ? { position: { x: s.x, y: s.y } } : {}),
      };
    case 'node.rename':
      return (
        node && {
          type: 'node.rename',
          id: node.id,
          newId: s.pick % 5 === 0 && other ? other.id : `${node.id}_r${s.b % 50}`,
        }
      );
    case 'node.set':
      return nodeSetOp(graph, s);
  }
}
