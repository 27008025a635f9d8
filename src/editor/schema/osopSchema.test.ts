/**
 * The editor's OSOP JSON Schema: compiles as draft-07, accepts every real workflow of the shared
 * corpus (read in place, ../shared/corpus, outside this repo) and our examples, rejects what
 * matters, documents every property, and `withNodeIds` completes ids without rejecting others.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusWorkflows, exampleFiles, listCorpusFiles } from './__fixtures__/corpus';
import { EDITOR_KEYWORDS, NODE_ID_REF, OSOP_EDITOR_SCHEMA, withNodeIds } from './osopSchema';
import type { JsonObject, JsonValue } from './osopSchema';

function compile(schema: JsonObject): ValidateFunction {
  // Strict mode: unknown keywords, bad types etc. throw; yaml-language-server's own keywords are
  // declared as annotations.
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  return ajv.compile(schema);
}

const validate = compile(OSOP_EDITOR_SCHEMA);

function errorsOf(data: unknown, check: ValidateFunction = validate): ErrorObject[] {
  return check(data) ? [] : (check.errors ?? []);
}

function describeErrors(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));

describe('OSOP_EDITOR_SCHEMA', () => {
  it('compiles as draft-07 with ajv in strict mode', () => {
    expect(OSOP_EDITOR_SCHEMA['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(typeof validate).toBe('function');
  });

  it('is plain JSON (survives a JSON round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(OSOP_EDITOR_SCHEMA))).toEqual(OSOP_EDITOR_SCHEMA);
  });

  it('credits the official OSOP schemas (Apache-2.0)', () => {
    const comment = OSOP_EDITOR_SCHEMA['$comment'];
    expect(typeof comment).toBe('string');
    expect(comment).toContain('Apache License 2.0');
    expect(comment).toContain('osop-spec');
    expect(comment).toContain('osop-vscode');
  });

  it('accepts every example in src/examples', () => {
    const files = exampleFiles();
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      expect(describeErrors(errorsOf(readYaml(file))), basename(file)).toBe('');
    }
  });
});

describe('the corpus location', () => {
  it('is ../shared/corpus next to the repository (so a skip below means "not there")', () => {
    const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
    expect(existsSync(join(repoRoot, 'package.json'))).toBe(true);
    expect(resolve(corpusDir)).toBe(resolve(repoRoot, '..', 'shared', 'corpus'));
  });
});

describe.skipIf(!existsSync(corpusDir))('OSOP_EDITOR_SCHEMA on the real corpus', () => {
  it('finds the corpus through a relative URL', () => {
    expect(existsSync(join(corpusDir, 'INDEX.md'))).toBe(true);
    expect(listCorpusFiles()).toHaveLength(319); // 318 files + INDEX.md
  });

  it('accepts all 305 real workflows', () => {
    const files = corpusWorkflows();
    expect(files).toHaveLength(305);
    const failures = files
      .map((f) => [f, describeErrors(errorsOf(readYaml(join(corpusDir, f))))] as const)
      .filter(([, errors]) => errors !== '');
    expect(failures).toEqual([]);
  });

  it('documents every top-level, node and edge key real files use', () => {
    const props = (o: JsonValue | undefined): JsonObject => {
      const p = isObject(o) ? o['properties'] : undefined;
      return isObject(p) ? p : {};
    };
    const top = props(OSOP_EDITOR_SCHEMA);
    const node = props(isObject(top['nodes']) ? top['nodes']['items'] : undefined);
    const edge = props(isObject(top['edges']) ? top['edges']['items'] : undefined);
    const missing = new Set<string>();
    const check = (where: string, known: JsonObject, value: unknown): void => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      for (const key of Object.keys(value)) if (!(key in known)) missing.add(`${where}.${key}`);
    };
    for (const f of corpusWorkflows()) {
      const doc = readYaml(join(corpusDir, f));
      check('top', top, doc);
      if (typeof doc !== 'object' || doc === null) continue;
      const { nodes, edges } = doc as { nodes?: unknown; edges?: unknown };
      if (Array.isArray(nodes)) for (const n of nodes) check('node', node, n);
      if (Array.isArray(edges)) for (const e of edges) check('edge', edge, e);
    }
    expect([...missing]).toEqual([]);
  });
});

describe('what the schema rejects', () => {
  const base = {
    osop_version: '1.0',
    id: 'demo',
    nodes: [
      { id: 'a', type: 'cli' },
      { id: 'b', type: 'human' },
    ],
    edges: [{ from: 'a', to: 'b' }],
  };
  const cases: readonly (readonly [string, unknown, string])[] = [
    ['`nodes` not a list', { ...base, nodes: { a: { type: 'cli' } } }, '/nodes'],
    ['`nodes` a string', { ...base, nodes: 'a, b' }, '/nodes'],
    ['`edges` not a list', { ...base, edges: { from: 'a', to: 'b' } }, '/edges'],
    ['an edge without `from`', { ...base, edges: [{ to: 'b' }] }, '/edges/0'],
    ['an edge without `to`', { ...base, edges: [{ from: 'a' }] }, '/edges/0'],
    ['a node without `id`', { ...base, nodes: [{ type: 'cli' }] }, '/nodes/0'],
    ['a node that is a string', { ...base, nodes: ['a'] }, '/nodes/0'],
    [
      '`join_count` not a number',
      { ...base, edges: [{ from: 'a', to: 'b', join_mode: 'wait_n', join_count: 'two' }] },
      '/edges/0/join_count',
    ],
    [
      'an unknown `join_mode`',
      { ...base, edges: [{ from: 'a', to: 'b', join_mode: 'wait_some' }] },
      '/edges/0/join_mode',
    ],
    [
      '`x-layout.direction: UP`',
      { ...base, 'x-layout': { direction: 'UP' } },
      '/x-layout/direction',
    ],
    [
      'an `x-layout` position without numbers',
      { ...base, 'x-layout': { nodes: { a: { x: 'left', y: 2 } } } },
      '/x-layout/nodes/a/x',
    ],
    ['a misspelt top-level key (`edge:`)', { ...base, edge: [] }, ''],
    [
      '`timeout_sec` as text',
      { ...base, nodes: [{ id: 'a', type: 'cli', timeout_sec: '5m' }] },
      '/nodes/0/timeout_sec',
    ],
    ['`osop_version: v1`', { ...base, osop_version: 'v1' }, '/osop_version'],
    ['a document that is a list', [base], ''],
  ];
  it.each(cases)('rejects %s', (_name, doc, path) => {
    const errors = errorsOf(doc);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.instancePath)).toContain(path);
  });

  it('accepts the liberal forms real files use', () => {
    const doc = {
      osop: '1.0.0',
      nodes: [
        {
          id: 'a',
          type: 'robot',
          inputs: { topic: { type: 'string' } },
          outputs: [{ head_sha: 'data.head.sha' }, 'plain', { name: 'x', schema: 'string' }],
          explain: { why: 'because', what: 'this' },
          approval_gate: true,
          security: { approval_gate: { required: true }, risk_level: 'extreme' },
          anything_else: [1, 2],
          'x-position': { x: 1, y: 2 },
        },
      ],
      edges: [
        { from: 'a', to: 'a', mode: 'teleport', condition: 'ok AND done', 'x-color': 'red' },
        {
          from: 'a',
          to: 'ghost',
          mode: 'switch',
          when: 'kind',
          cases: { b: 'ghost' },
          default_to: 'nowhere',
        },
        { from: 'a', to: 'a', join_mode: 'count', join_count: 2, when: true },
      ],
      'x-layout': { direction: 'RIGHT', nodes: { a: { x: 0, y: 10.5 }, gone: { x: 1, y: 1 } } },
      'x-other': 42,
    };
    expect(describeErrors(errorsOf(doc))).toBe('');
  });

  it('accepts a bare-number `osop_version` (the editor shows a hint instead)', () => {
    expect(errorsOf({ osop_version: 1, nodes: [] })).toEqual([]);
  });

  it('accepts documents without `nodes`: the model reports MISSING_NODES', () => {
    expect(errorsOf({ osop_version: '1.0', id: 'missing-stuff' })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

/** Every subschema of `schema` with its JSON path. */
function* subschemas(schema: JsonValue, path = '#'): Generator<readonly [string, JsonObject]> {
  if (!isObject(schema)) return;
  yield [path, schema];
  for (const key of ['properties', 'patternProperties', 'definitions'] as const) {
    const map = schema[key];
    if (isObject(map))
      for (const [k, v] of Object.entries(map)) yield* subschemas(v, `${path}/${key}/${k}`);
  }
  for (const key of ['items', 'additionalProperties', 'not'] as const) {
    const sub = schema[key];
    if (isObject(sub)) yield* subschemas(sub, `${path}/${key}`);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) {
      for (const [i, sub] of (list as readonly JsonValue[]).entries())
        yield* subschemas(sub, `${path}/${key}/${i}`);
    }
  }
}

/** The property schemas (`properties`, `patternProperties`) of `schema`, with their paths. */
function properties(schema: JsonObject): (readonly [string, JsonValue])[] {
  const found: (readonly [string, JsonValue])[] = [];
  for (const [path, sub] of subschemas(schema)) {
    for (const key of ['properties', 'patternProperties'] as const) {
      const map = sub[key];
      if (isObject(map))
        for (const [k, v] of Object.entries(map)) found.push([`${path}/${key}/${k}`, v]);
    }
  }
  return found;
}

describe('documentation', () => {
  it('gives every property a description and a markdown description', () => {
    const props = properties(OSOP_EDITOR_SCHEMA);
    expect(props.length).toBeGreaterThan(250);
    const undocumented = props
      .filter(([, s]) => {
        if (!isObject(s)) return true;
        const text = s['description'];
        return (
          typeof text !== 'string' || text.trim().length < 5 || s['markdownDescription'] !== text
        );
      })
      .map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  it('documents every enum value', () => {
    for (const [path, s] of subschemas(OSOP_EDITOR_SCHEMA)) {
      const values = s['enum'];
      if (!Array.isArray(values)) continue;
      const docs = s['markdownEnumDescriptions'];
      expect(Array.isArray(docs) ? docs.length : -1, path).toBe(values.length);
    }
  });

  it('completes the known node types and edge modes without restricting them', () => {
    const top = OSOP_EDITOR_SCHEMA['properties'];
    const nodes = isObject(top) ? top['nodes'] : undefined;
    const nodeProps =
      isObject(nodes) && isObject(nodes['items']) ? nodes['items']['properties'] : undefined;
    const type = isObject(nodeProps) ? nodeProps['type'] : undefined;
    const enumOf = (s: JsonValue | undefined): JsonValue[] => {
      const branches = isObject(s) ? s['anyOf'] : undefined;
      const list = Array.isArray(branches) ? (branches as readonly JsonValue[]) : [];
      return list.flatMap((b) =>
        isObject(b) && Array.isArray(b['enum']) ? (b['enum'] as readonly JsonValue[]) : [],
      );
    };
    expect(enumOf(type)).toEqual(
      expect.arrayContaining(['agent', 'api', 'cli', 'human', 'db', 'git', 'docker', 'cicd']),
    );
    expect(enumOf(type)).toEqual(
      expect.arrayContaining([
        'mcp',
        'system',
        'infra',
        'data',
        'event',
        'gateway',
        'company',
        'department',
      ]),
    );
    const edges = isObject(top) ? top['edges'] : undefined;
    const edgeProps =
      isObject(edges) && isObject(edges['items']) ? edges['items']['properties'] : undefined;
    const modes = enumOf(isObject(edgeProps) ? edgeProps['mode'] : undefined);
    for (const mode of [
      'sequential',
      'conditional',
      'parallel',
      'fallback',
      'error',
      'loop',
      'spawn',
    ])
      expect(modes).toContain(mode);
    for (const mode of [
      'event',
      'switch',
      'timeout',
      'dataflow',
      'message',
      'compensation',
      'signal',
      'weighted',
    ])
      expect(modes).toContain(mode);
  });

  it('offers snippets for a node, an edge and a new workflow', () => {
    const labels = [...subschemas(OSOP_EDITOR_SCHEMA)].flatMap(([, s]) => {
      const snippets = s['defaultSnippets'];
      return Array.isArray(snippets)
        ? (snippets as readonly JsonValue[]).map((x) =>
            isObject(x) && typeof x['label'] === 'string' ? x['label'] : '',
          )
        : [];
    });
    expect(labels).toEqual(
      expect.arrayContaining([
        'agent node',
        'cli node',
        'edge',
        'conditional edge',
        'OSOP workflow',
      ]),
    );
  });
});

describe('withNodeIds', () => {
  const ids = ['validate', 'canary_10', '10', 'validate'];
  const schema = withNodeIds(OSOP_EDITOR_SCHEMA, ids);
  const refs = [...subschemas(schema)].filter(([, s]) => s['$comment'] === NODE_ID_REF);

  it('marks from, to, default_to and the case targets as node ids', () => {
    const paths = refs.map(([path]) => path);
    for (const suffix of [
      '/edges/items/properties/from',
      '/edges/items/properties/to',
      '/edges/items/properties/default_to',
      '/cases/anyOf/0/items/properties/to',
      '/cases/anyOf/1/additionalProperties',
      '/nodes/items/properties/parent',
    ])
      expect(
        paths.some((p) => p.endsWith(suffix)),
        suffix,
      ).toBe(true);
  });

  it('lists the given ids, once each, next to a plain string', () => {
    expect(refs.length).toBeGreaterThanOrEqual(6);
    for (const [path, s] of refs) {
      expect(s['anyOf'], path).toEqual([
        { type: 'string' },
        { type: 'string', enum: ['validate', 'canary_10', '10'] },
      ]);
      expect(s['type'], path).toBe('string');
      expect(typeof s['description'], path).toBe('string');
    }
  });

  it('still accepts unknown ids (the model reports them)', () => {
    const check = compile(schema);
    const doc = {
      osop_version: '1.0',
      nodes: [{ id: 'validate', type: 'cli' }],
      edges: [
        { from: 'validate', to: 'nowhere' },
        {
          from: 'ghost',
          to: 'validate',
          mode: 'switch',
          cases: [{ value: 1, to: 'x' }],
          default_to: 'y',
        },
      ],
      'x-layout': { nodes: { validate: { x: 1, y: 2 }, ghost: { x: 3, y: 4 } } },
    };
    expect(describeErrors(errorsOf(doc, check))).toBe('');
    expect(errorsOf({ ...doc, edges: [{ from: 'validate' }] }, check).length).toBeGreaterThan(0);
  });

  it('completes the ids as keys of x-layout.nodes', () => {
    const top = schema['properties'];
    const layout = isObject(top) ? top['x-layout'] : undefined;
    const layoutProps = isObject(layout) ? layout['properties'] : undefined;
    const nodes = isObject(layoutProps) ? layoutProps['nodes'] : undefined;
    const pinned = isObject(nodes) ? nodes['properties'] : undefined;
    // (JS puts integer-like keys such as "10" first.)
    expect(isObject(pinned) ? Object.keys(pinned).sort() : []).toEqual([
      '10',
      'canary_10',
      'validate',
    ]);
  });

  it('leaves the original schema untouched and accepts every corpus workflow', () => {
    expect(JSON.stringify(OSOP_EDITOR_SCHEMA)).not.toContain('canary_10');
    expect(withNodeIds(OSOP_EDITOR_SCHEMA, [])).toEqual(OSOP_EDITOR_SCHEMA);
    if (!existsSync(corpusDir)) return;
    const check = compile(schema);
    for (const f of corpusWorkflows()) {
      expect(describeErrors(errorsOf(readYaml(join(corpusDir, f)), check)), f).toBe('');
    }
  });
});
