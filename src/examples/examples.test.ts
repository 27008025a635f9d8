import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { CORE_NODE_TYPES, EDGE_MODES } from '../model/types';
import { EXAMPLES, REFERENCE_EXAMPLE, findExample } from './index';

const DIR = new URL('./', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.osop.yaml'))
  .sort();
/** Our own examples; the reference example is the project's and is checked separately. */
const OWN_FILES = FILES.filter((name) => name !== 'k8s-rollout.osop.yaml');

const REQUIRED_MODES = [
  'sequential',
  'conditional',
  'parallel',
  'fallback',
  'error',
  'loop',
  'spawn',
  'event',
  'switch',
  'timeout',
  'dataflow',
  'message',
];
const REQUIRED_EXTENDED_TYPES = [
  'db',
  'git',
  'docker',
  'cicd',
  'mcp',
  'system',
  'infra',
  'data',
  'event',
];

type Obj = Record<string, unknown>;

interface Loaded {
  readonly file: string;
  readonly text: string;
  readonly root: Obj;
  readonly nodes: readonly Obj[];
  readonly edges: readonly Obj[];
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objects(value: unknown): Obj[] {
  expect(Array.isArray(value)).toBe(true);
  const list = value as unknown[];
  for (const item of list) expect(isObj(item)).toBe(true);
  return list.filter(isObj);
}

function str(value: unknown): string {
  expect(typeof value).toBe('string');
  return typeof value === 'string' ? value : '';
}

function load(file: string): Loaded {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  const doc = parseDocument(text, { prettyErrors: true });
  expect(
    doc.errors.map((e) => e.message),
    file,
  ).toEqual([]);
  expect(
    doc.warnings.map((e) => e.message),
    file,
  ).toEqual([]);
  const root: unknown = doc.toJS();
  expect(isObj(root), file).toBe(true);
  const obj = isObj(root) ? root : {};
  return { file, text, root: obj, nodes: objects(obj.nodes), edges: objects(obj.edges) };
}

const loaded = FILES.map(load);
const own = loaded.filter((l) => OWN_FILES.includes(l.file));

/** Names declared by `inputs`/`outputs` in any of the forms real files use. */
function ioNames(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown) =>
      typeof item === 'string'
        ? [item]
        : isObj(item) && typeof item.name === 'string'
          ? [item.name]
          : [],
    );
  }
  return isObj(value) ? Object.keys(value) : [];
}

function modeOf(edge: Obj): string {
  return edge.mode === undefined ? 'sequential' : str(edge.mode);
}

function conditionOf(edge: Obj): string | undefined {
  const value = edge.when ?? edge.condition;
  return value === undefined ? undefined : str(value);
}

describe.each(loaded.map((l) => [l.file, l] as const))('%s', (_file, l) => {
  it('has the top-level keys of a workflow', () => {
    expect(typeof l.root.osop_version).toBe('string');
    expect(str(l.root.id)).not.toBe('');
    expect(str(l.root.name)).not.toBe('');
    expect(l.nodes.length).toBeGreaterThan(0);
    expect(l.edges.length).toBeGreaterThan(0);
  });

  it('has unique node ids and a type on every node', () => {
    const ids = l.nodes.map((n) => str(n.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of l.nodes) {
      expect(str(node.type), str(node.id)).not.toBe('');
      expect(str(node.purpose), str(node.id)).not.toBe('');
    }
  });

  it('has every edge end, switch case and default on a node', () => {
    const ids = new Set(l.nodes.map((n) => str(n.id)));
    for (const edge of l.edges) {
      const where = `${String(edge.from)} → ${String(edge.to)}`;
      expect(ids.has(str(edge.from)), where).toBe(true);
      expect(ids.has(str(edge.to)), where).toBe(true);
      if (edge.cases !== undefined) {
        for (const c of objects(edge.cases)) expect(ids.has(str(c.to)), where).toBe(true);
      }
      if (edge.default_to !== undefined) expect(ids.has(str(edge.default_to)), where).toBe(true);
    }
  });

  it('uses known modes and well-formed edge fields', () => {
    for (const edge of l.edges) {
      const where = `${String(edge.from)} → ${String(edge.to)}`;
      const mode = modeOf(edge);
      expect(EDGE_MODES as readonly string[], where).toContain(mode);
      // Real files use both spellings, but never both on one edge.
      expect(edge.when !== undefined && edge.condition !== undefined, where).toBe(false);
      if (mode === 'conditional') expect(conditionOf(edge), where).toBeDefined();
      if (mode === 'loop') expect(conditionOf(edge) ?? edge.for_each, where).toBeDefined();
      if (mode === 'switch') {
        expect(conditionOf(edge), where).toBeDefined();
        expect(objects(edge.cases).length, where).toBeGreaterThan(0);
      }
      if (edge.join_mode !== undefined) {
        expect(['wait_all', 'wait_any', 'wait_n'], where).toContain(edge.join_mode);
        if (edge.join_mode === 'wait_n')
          expect(Number.isInteger(edge.join_count), where).toBe(true);
      }
      if (mode === 'timeout') {
        const source = l.nodes.find((n) => n.id === edge.from);
        expect(typeof source?.timeout_sec, `${where}: the source needs a timeout_sec`).toBe(
          'number',
        );
      }
    }
  });

  it('reads only declared outputs in its conditions', () => {
    const outputs = new Set(l.nodes.flatMap((n) => ioNames(n.outputs)));
    for (const edge of l.edges) {
      const condition = conditionOf(edge);
      if (condition === undefined) continue;
      const names = condition.replace(/"[^"]*"|'[^']*'/g, '').match(/[A-Za-z_][\w.]*/g) ?? [];
      for (const name of names) {
        if (['true', 'false', 'null', 'in'].includes(name)) continue;
        expect([...outputs], `${String(edge.from)} → ${String(edge.to)}: ${condition}`).toContain(
          name,
        );
      }
    }
  });

  it('reaches every node from a start node (switch cases count as edges)', () => {
    const targets = (e: Obj): string[] => [
      str(e.to),
      ...(e.cases === undefined ? [] : objects(e.cases).map((c) => str(c.to))),
      ...(e.default_to === undefined ? [] : [str(e.default_to)]),
    ];
    const entered = new Set(l.edges.flatMap(targets));
    const reached = new Set(l.nodes.map((n) => str(n.id)).filter((id) => !entered.has(id)));
    expect(reached.size).toBeGreaterThan(0);
    for (let grew = true; grew;) {
      grew = false;
      for (const edge of l.edges) {
        if (!reached.has(str(edge.from))) continue;
        for (const to of targets(edge)) {
          if (!reached.has(to)) {
            reached.add(to);
            grew = true;
          }
        }
      }
    }
    expect(l.nodes.map((n) => str(n.id)).filter((id) => !reached.has(id))).toEqual([]);
  });
});

describe('our examples', () => {
  it.each(OWN_FILES)('%s is a commented OSOP 1.0 workflow of 6–14 nodes', (file) => {
    const l = own.find((o) => o.file === file);
    expect(l).toBeDefined();
    if (!l) return;
    expect(l.root.osop_version).toBe('1.0');
    expect(str(l.root.description)).not.toBe('');
    expect(Array.isArray(l.root.tags)).toBe(true);
    expect(l.nodes.length).toBeGreaterThanOrEqual(6);
    expect(l.nodes.length).toBeLessThanOrEqual(14);
    expect(l.text).toMatch(/^#/m);
  });

  it('together cover every edge mode', () => {
    const modes = new Set(own.flatMap((l) => l.edges.map(modeOf)));
    for (const mode of REQUIRED_MODES) expect([...modes], mode).toContain(mode);
  });

  it('together cover the core node types and the extended ones', () => {
    const types = new Set(own.flatMap((l) => l.nodes.map((n) => str(n.type))));
    for (const type of [...CORE_NODE_TYPES, ...REQUIRED_EXTENDED_TYPES])
      expect([...types], type).toContain(type);
  });

  it('show joins, for_each, guarded loops, switch defaults, labels, cycles and CJK text', () => {
    const edges = own.flatMap((l) => l.edges);
    const joins = new Set(edges.map((e) => e.join_mode).filter((j) => j !== undefined));
    expect(joins.has('wait_all')).toBe(true);
    expect(joins.has('wait_any') || joins.has('wait_n')).toBe(true);
    expect(edges.some((e) => e.join_mode === 'wait_n' && e.join_count === 2)).toBe(true);
    expect(
      edges.some(
        (e) => modeOf(e) === 'loop' && e.for_each !== undefined && e.iterator_var !== undefined,
      ),
    ).toBe(true);
    expect(edges.some((e) => modeOf(e) === 'loop' && conditionOf(e) !== undefined)).toBe(true);
    expect(edges.some((e) => modeOf(e) === 'switch' && e.default_to !== undefined)).toBe(true);
    expect(edges.filter((e) => e.label !== undefined).length).toBeGreaterThanOrEqual(10);
    expect(edges.some((e) => e.when !== undefined)).toBe(true);
    expect(edges.some((e) => e.condition !== undefined)).toBe(true);
    expect(edges.some((e) => e.from === e.to)).toBe(true);
    expect(own.some((l) => /[\u4e00-\u9fff]/.test(str(l.root.name)))).toBe(true);
    expect(
      own.some((l) =>
        l.nodes.some((n) => typeof n.name === 'string' && /[\u3040-\u30ff]/.test(n.name)),
      ),
    ).toBe(true);
    // A rework cycle: an edge back to a node listed earlier.
    const release = own.find((l) => l.file === 'feature-release.osop.yaml');
    const order = new Map(release?.nodes.map((n, i) => [str(n.id), i]));
    const back = release?.edges.filter(
      (e) => (order.get(str(e.to)) ?? 0) < (order.get(str(e.from)) ?? 0),
    );
    expect(back?.map((e) => e.label)).toContain('Rework');
  });
});

describe('the examples list', () => {
  it('lists every example file exactly once, reference first, with the file text', () => {
    expect(EXAMPLES[0]).toBe(REFERENCE_EXAMPLE);
    expect(REFERENCE_EXAMPLE.id).toBe('k8s-rollout');
    expect(EXAMPLES.map((e) => `${e.id}.osop.yaml`).sort()).toEqual(FILES);
    for (const example of EXAMPLES) {
      expect(example.text).toBe(readFileSync(new URL(`${example.id}.osop.yaml`, DIR), 'utf8'));
      expect(example.title).not.toBe('');
      expect(example.description).not.toBe('');
      expect(findExample(example.id)).toBe(example);
    }
    expect(findExample('nope')).toBeUndefined();
  });

  it('keeps the reference example as the design describes it', () => {
    const ref = loaded.find((l) => l.file === 'k8s-rollout.osop.yaml');
    expect(ref?.nodes).toHaveLength(9);
    expect(ref?.edges).toHaveLength(10);
    expect(ref?.edges.filter((e) => e.mode === 'conditional')).toHaveLength(4);
    expect(ref?.root.name).toBe('Kubernetes 漸進式發布');
  });
});
