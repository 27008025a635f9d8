/**
 * The schema inside the real engine: monaco-yaml 5.5.1's worker bundle (yaml-language-server),
 * run in Node. Checks what users get in the editor — completion of node types, edge modes and
 * node ids, hover docs, and no diagnostics for unknown ids or types.
 *
 * The worker bundle imports `monaco-worker-manager/worker` (which needs a Web Worker) and
 * `path-browserify`; a Node module hook swaps them for a stub that captures the worker factory
 * and for `node:path`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, exampleFiles, headWorkflows } from './__fixtures__/corpus';
import { OSOP_EDITOR_SCHEMA, withNodeIds } from './osopSchema';
import type { JsonObject } from './osopSchema';

interface Position {
  readonly line: number;
  readonly character: number;
}
interface CompletionItem {
  readonly label: string;
  readonly insertText?: string;
  readonly documentation?: string | { readonly value: string };
}
interface Diagnostic {
  readonly message: string;
  readonly range: { readonly start: Position };
}
interface Hover {
  readonly contents: { readonly value: string };
}
/** The part of monaco-yaml's worker API used here. */
interface YamlWorker {
  doComplete(uri: string, position: Position): Promise<{ items: CompletionItem[] } | undefined>;
  doValidation(uri: string): Promise<Diagnostic[] | undefined>;
  doHover(uri: string, position: Position): Promise<Hover | null | undefined>;
}
interface MirrorModel {
  readonly uri: string;
  readonly version: number;
  getValue(): string;
}
type WorkerFactory = (
  ctx: { getMirrorModels(): MirrorModel[] },
  settings: Record<string, unknown>,
) => YamlWorker;

const FACTORY_KEY = '__osopCanvasYamlWorkerFactory';
const STUB = `export function initialize(factory) { globalThis.${FACTORY_KEY} = factory; }`;
const HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier === 'monaco-worker-manager/worker')
    return { url: 'data:text/javascript,' + encodeURIComponent(${JSON.stringify(STUB)}), shortCircuit: true };
  if (specifier === 'path-browserify') return { url: 'node:path', shortCircuit: true };
  return next(specifier, context);
}`;

let factory: WorkerFactory | undefined;

beforeAll(async () => {
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
  await import('monaco-yaml/yaml.worker.js');
  const captured: unknown = Reflect.get(globalThis, FACTORY_KEY);
  if (typeof captured !== 'function') throw new Error('monaco-yaml worker factory not captured');
  factory = captured as WorkerFactory;
}, 60_000);

/** yaml-language-server caches parsed documents by URI and version: a fresh URI per document. */
let opened = 0;

/**
 * A language service over one document with `schema`. The first `|` marks the cursor and is
 * removed, unless `cursorMark` is null (real documents contain `|` block scalars).
 */
function open(textWithCursor: string, schema: JsonObject, cursorMark: '|' | null = '|') {
  const at = cursorMark === null ? -1 : textWithCursor.indexOf(cursorMark);
  const text = at < 0 ? textWithCursor : textWithCursor.slice(0, at) + textWithCursor.slice(at + 1);
  const before = text.slice(0, Math.max(at, 0)).split('\n');
  const cursor: Position = { line: before.length - 1, character: before.at(-1)?.length ?? 0 };
  if (factory === undefined) throw new Error('no worker factory');
  const URI = `file:///workflow-${++opened}.osop.yaml`;
  const worker = factory(
    { getMirrorModels: () => [{ uri: URI, version: 1, getValue: () => text }] },
    {
      validate: true,
      completion: true,
      hover: true,
      schemas: [{ uri: 'https://osop-canvas.local/schema/osop.json', fileMatch: ['*'], schema }],
    },
  );
  return {
    labels: async () => ((await worker.doComplete(URI, cursor))?.items ?? []).map((i) => i.label),
    items: async () => (await worker.doComplete(URI, cursor))?.items ?? [],
    messages: async () =>
      ((await worker.doValidation(URI)) ?? []).map(
        (d) => `${d.range.start.line + 1}: ${d.message}`,
      ),
    hover: async () => (await worker.doHover(URI, cursor))?.contents.value ?? '',
  };
}

const DOC = [
  'osop_version: "1.0"',
  'id: demo',
  'nodes:',
  '  - id: build',
  '    type: cli',
  '  - id: deploy_10',
  '    type: robot',
  'edges:',
  '  - from: build',
  '    to: ghost',
  '    mode: teleport',
  '  - from: build',
  '    to: deploy_10',
  '    mode: switch',
  '    cases:',
  '      - value: a',
  '        to: nowhere',
  '    default_to: elsewhere',
  'x-layout:',
  '  direction: RIGHT',
  '  nodes:',
  '    build: { x: 1, y: 2 }',
  '',
].join('\n');
const IDS = ['build', 'deploy_10'];

describe('the schema in yaml-language-server (monaco-yaml worker)', () => {
  it('reports nothing for unknown ids, types and modes', async () => {
    expect(await open(DOC, withNodeIds(OSOP_EDITOR_SCHEMA, IDS)).messages()).toEqual([]);
    expect(await open(DOC, OSOP_EDITOR_SCHEMA).messages()).toEqual([]);
  });

  it('completes node ids in from, to, default_to and case targets', async () => {
    const schema = withNodeIds(OSOP_EDITOR_SCHEMA, IDS);
    for (const [from, to] of [
      ['    to: ghost', '    to: |'],
      ['  - from: build\n    to: deploy', '  - from: |\n    to: deploy'],
      ['    default_to: elsewhere', '    default_to: |'],
      ['        to: nowhere', '        to: |'],
    ] as const) {
      const labels = await open(DOC.replace(from, to), schema).labels();
      expect(labels, to).toEqual(expect.arrayContaining(IDS));
    }
  });

  it('quotes ids that would not stay strings', async () => {
    const items = await open(
      DOC.replace('    to: ghost', '    to: |'),
      withNodeIds(OSOP_EDITOR_SCHEMA, ['10', 'true']),
    ).items();
    expect(items.map((i) => i.insertText)).toEqual(expect.arrayContaining(['"10"', '"true"']));
  });

  it('completes node types and edge modes, with their descriptions', async () => {
    const types = await open(
      DOC.replace('    type: robot', '    type: |'),
      OSOP_EDITOR_SCHEMA,
    ).items();
    expect(types.map((i) => i.label)).toEqual(
      expect.arrayContaining(['agent', 'api', 'cli', 'human', 'db', 'mcp', 'infra', 'event']),
    );
    const agent = types.find((i) => i.label === 'agent')?.documentation;
    expect(typeof agent === 'object' ? agent.value : agent).toContain('AI/LLM agent');
    const modes = await open(
      DOC.replace('    mode: teleport', '    mode: |'),
      OSOP_EDITOR_SCHEMA,
    ).labels();
    expect(modes).toEqual(
      expect.arrayContaining([
        'sequential',
        'conditional',
        'parallel',
        'fallback',
        'switch',
        'dataflow',
      ]),
    );
  });

  it('documents fields on hover', async () => {
    const hover = await open(
      DOC.replace('    type: cli', '    ty|pe: cli'),
      OSOP_EDITOR_SCHEMA,
    ).hover();
    expect(hover).toContain('Node type');
    const edgeHover = await open(
      DOC.replace('    mode: switch', '    mo|de: switch'),
      OSOP_EDITOR_SCHEMA,
    ).hover();
    expect(edgeHover).toContain('Missing means `sequential`');
  });

  it('completes node keys and offers node snippets', async () => {
    const labels = await open(
      DOC.replace('    type: cli\n', '    type: cli\n    |\n'),
      OSOP_EDITOR_SCHEMA,
    ).labels();
    expect(labels).toEqual(
      expect.arrayContaining(['purpose', 'runtime', 'outputs', 'retry_policy', 'agent node']),
    );
  });

  it('flags what matters, and hints at an unquoted version', async () => {
    const bad = DOC.replace('osop_version: "1.0"', 'osop_version: 1.0')
      .replace('  direction: RIGHT', '  direction: UP')
      .replace('edges:', 'edge: []\nedges:');
    const messages = await open(bad, OSOP_EDITOR_SCHEMA).messages();
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1: Quote the version/),
        expect.stringContaining('Property edge is not allowed'),
        expect.stringContaining('"DOWN", "RIGHT"'),
      ]),
    );
    expect(messages).toHaveLength(3);
  });
});

/** The node ids of a workflow text (for `withNodeIds`). */
function idsOf(text: string): string[] {
  const doc: unknown = parse(text);
  const nodes: unknown = typeof doc === 'object' && doc !== null ? Reflect.get(doc, 'nodes') : [];
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((n: unknown) => {
    const id: unknown = typeof n === 'object' && n !== null ? Reflect.get(n, 'id') : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

describe('real documents in yaml-language-server', () => {
  const check = async (path: string): Promise<string[]> => {
    const text = readFileSync(path, 'utf8');
    return open(text, withNodeIds(OSOP_EDITOR_SCHEMA, idsOf(text)), null).messages();
  };

  it('shows no problems on our examples', async () => {
    for (const file of exampleFiles()) expect(await check(file), file).toEqual([]);
  });

  // All 305 corpus workflows pass too (ajv checks them all in osopSchema.test.ts); the engine
  // run is kept to the 60 files at their repositories' HEAD to stay fast.
  it.skipIf(!existsSync(corpusDir))('shows no problems on the real workflows at HEAD', async () => {
    const files = headWorkflows();
    expect(files).toHaveLength(60);
    for (const file of files) expect(await check(join(corpusDir, file)), file).toEqual([]);
  });
});
