/**
 * Property tests: random YAML-ish documents built from the fast reader's subset, hostile
 * near-misses of it, and random edits of the built-in examples. Every text gives the same
 * `parseWorkflow` result through the fast reader as through the yaml library alone, and when the
 * fast reader takes a text its AST, JS value and repeated keys equal yaml's. Nothing throws.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareReaders } from './compare';

type Tree =
  | { readonly kind: 'scalar'; readonly text: string }
  | { readonly kind: 'block'; readonly header: string; readonly lines: readonly string[] }
  | {
      readonly kind: 'map';
      readonly entries: readonly (readonly [string, Tree])[];
      readonly flow: boolean;
    }
  | { readonly kind: 'seq'; readonly items: readonly Tree[]; readonly flow: boolean };

const CHARS = [
  'a',
  'b',
  'z',
  'A',
  '0',
  '1',
  '9',
  ' ',
  ' ',
  ':',
  '#',
  '-',
  '.',
  ',',
  '"',
  "'",
  '\\',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  '?',
  '%',
  '@',
  '`',
  '~',
  '+',
  '_',
  '/',
  '漢',
  '字',
  '😀',
  'é',
  '\t',
  '\u00a0',
  '\u2028',
];

/** Words real files use, typed or not. */
const SAFE = [
  'a',
  'step_1',
  'cli',
  'human',
  'true',
  'False',
  'NULL',
  'null',
  '~',
  '0x1F',
  '0o17',
  '012',
  '1e3',
  '-1',
  '+12',
  '+.inf',
  '-.Inf',
  '.nan',
  '1.5',
  '.5',
  '1.',
  '1_000',
  'http://x.y/z',
  'a#b',
  '-x',
  'x->y',
  '1',
  '2',
  'yes',
  'on',
  '漢字 テスト',
  '😀 emoji',
  'a, b',
  'x: y',
  'é',
  'Run the tests (3)',
  'out_0 > 77',
];

/** Near-misses: indicators, comments, keys in values, odd spacing. */
const HOSTILE = [
  '',
  'a: b',
  'a #b',
  '#c',
  '- x',
  ':x',
  '? q',
  'x:',
  '[a]',
  '{b}',
  '&anchor',
  '*alias',
  '!tag',
  '|',
  '>',
  '%d',
  '@at',
  '`tick',
  '"q"',
  "'s'",
  'trailing ',
  ' lead',
  '<<',
  '__proto__',
  'constructor',
  '---',
  '...',
  'a\tb',
];

const WORDS = [...SAFE, ...HOSTILE];

const KEYS = [
  'id',
  'type',
  'name',
  'purpose',
  'nodes',
  'edges',
  'from',
  'to',
  'mode',
  'when',
  'label',
  'outputs',
  'runtime',
  'cases',
  'layout',
  'osop_version',
  'x',
  'y',
  '1',
  'true',
  'null',
  '~',
  '__proto__',
  'a b',
  '"q k"',
  "'s k'",
  '<<',
  'k#',
  'é',
  '漢字',
];

/** Small deterministic choices for rendering (indent steps, comments, blank lines). */
function chooser(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

function flowText(t: Tree): string {
  if (t.kind === 'scalar') return t.text;
  if (t.kind === 'map')
    return `{ ${t.entries.map(([k, v]) => `${k}: ${flowText(v)}`).join(', ')} }`;
  if (t.kind === 'seq') return `[${t.items.map(flowText).join(', ')}]`;
  return '|';
}

function render(root: Tree, seed: number, clean = false): string {
  const pick = chooser(seed);
  const pad = (n: number): string => ' '.repeat(Math.max(0, n));
  const extras = (indent: number): string => {
    const r = pick(16);
    if (r === 0) return '\n';
    if (r === 1)
      return `${pad(indent + pick(3) - (clean ? 2 : 1))}# note: ${pick(2) === 0 ? 'x' : 'a: b'}\n`;
    return '';
  };
  const tail = (): string =>
    ['', '', '', '', '', ' # c', '  #c', '  ', '#x'][pick(clean ? 8 : 9)] ?? '';

  const value = (t: Tree, indent: number, inSeq: boolean): string => {
    const step = 1 + pick(4);
    switch (t.kind) {
      case 'scalar':
        return ` ${t.text}${tail()}\n`;
      case 'block': {
        const lines = t.lines.map((l) => (l === '' ? '' : pad(indent + step) + l));
        return ` ${t.header}\n${lines.map((l) => `${l}\n`).join('')}`;
      }
      case 'map':
        if (t.flow) return ` ${flowText(t)}${tail()}\n`;
        return `${tail()}\n${map(t.entries, indent + step)}`;
      case 'seq': {
        if (t.flow) return ` ${flowText(t)}${tail()}\n`;
        // A sequence may sit at its key's own column.
        const at = !inSeq && pick(3) === 0 ? indent : indent + step;
        return `${tail()}\n${seq(t.items, at)}`;
      }
    }
  };
  const map = (entries: readonly (readonly [string, Tree])[], indent: number): string =>
    entries
      .map(([k, v]) => `${extras(indent)}${pad(indent)}${k}:${value(v, indent, false)}`)
      .join('');
  const seq = (items: readonly Tree[], indent: number): string =>
    items
      .map((v) => {
        const head = `${extras(indent)}${pad(indent)}-`;
        if (v.kind === 'map' && !v.flow && pick(3) !== 0) {
          // compact `- key: value` mapping
          const inner = indent + 2 + pick(2);
          const [first, ...rest] = v.entries;
          if (first === undefined) return `${head}\n`;
          return `${head}${pad(inner - indent - 1)}${first[0]}:${value(first[1], inner, false)}${map(rest, inner)}`;
        }
        return `${head}${value(v, indent, true)}`;
      })
      .join('');

  const start = pick(4) === 0 ? '---\n' : pick(4) === 0 ? '# head\n\n' : '';
  if (root.kind === 'map' && !root.flow) return start + map(root.entries, pick(5) === 0 ? 2 : 0);
  if (root.kind === 'seq' && !root.flow) return start + seq(root.items, 0);
  return `${start}${flowText(root)}\n`;
}

/** Hostile edits: CRLF, no final newline, trailing spaces, tabs, a stray or missing char. */
function mutate(text: string, kind: number, at: number, ch: string): string {
  const i = text.length === 0 ? 0 : at % text.length;
  switch (kind) {
    case 0:
      return text.replace(/\n/g, '\r\n');
    case 1:
      return text.replace(/\n$/, '');
    case 2:
      return text.replace(/\n/g, ' \n');
    case 3:
      return text.slice(0, i) + ch + text.slice(i);
    case 4:
      return text.slice(0, i) + text.slice(i + 1);
    case 5:
      return text.slice(0, i) + '\t' + text.slice(i);
    case 6: {
      const lineStart = text.lastIndexOf('\n', i) + 1;
      return text.slice(0, lineStart) + ' ' + text.slice(lineStart);
    }
    default:
      return text;
  }
}

function check(text: string): boolean {
  const c = compareReaders(text);
  expect(c.fastResult, JSON.stringify(text)).toEqual(c.yamlResult);
  if (c.detail !== undefined) expect(c.detail.fast, JSON.stringify(text)).toEqual(c.detail.yaml);
  return c.fast;
}

/** Trees of the subset; `clean` ones use only what the fast reader should take. */
function trees(clean: boolean): { tree: fc.Arbitrary<Tree>; workflowTree: fc.Arbitrary<Tree> } {
  const word = clean
    ? fc.constantFrom(...SAFE)
    : fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...SAFE) },
        { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 }) },
      );

  /** A scalar's source: plain, single-quoted or double-quoted (JSON escapes are YAML escapes). */
  const scalarText = fc
    .tuple(word, fc.constantFrom('plain', 'plain', 'single', 'double'))
    .map(([w, style]) =>
      style === 'plain' ? w : style === 'single' ? `'${w.replace(/'/g, "''")}'` : JSON.stringify(w),
    );

  const keyText = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(clean ? KEYS.filter((k) => k !== '<<') : KEYS)) },
    { weight: 1, arbitrary: scalarText },
  );

  const scalar = scalarText.map((text): Tree => ({ kind: 'scalar', text }));

  const block = fc
    .tuple(
      clean
        ? fc.constantFrom('|', '>', '|-', '>-')
        : fc.constantFrom('|', '>', '|-', '>-', '|', '>', '|+', '|2', '> # c'),
      fc.array(
        fc.oneof(
          word,
          fc.constant(''),
          word.map((w) => `  ${w}`),
        ),
        { minLength: 0, maxLength: 4 },
      ),
    )
    .map(([header, lines]): Tree => ({ kind: 'block', header, lines }));

  const tree = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: scalar },
      { weight: 1, arbitrary: block },
      {
        weight: 2,
        arbitrary: fc
          .tuple(
            fc.array(fc.tuple(keyText, tie('node')), { minLength: 1, maxLength: 4 }),
            fc.boolean(),
          )
          .map(([entries, flow]): Tree => ({ kind: 'map', entries, flow })),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.array(tie('node'), { minLength: 1, maxLength: 4 }), fc.boolean())
          .map(([items, flow]): Tree => ({ kind: 'seq', items, flow })),
      },
    ),
  })).node;

  const workflowTree = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom('id', 'type', 'name', 'outputs', 'runtime'), tree), {
        maxLength: 4,
      }),
      fc.array(fc.tuple(fc.constantFrom('from', 'to', 'mode', 'when', 'cases'), tree), {
        maxLength: 4,
      }),
      fc.integer({ min: 0, max: 4 }),
    )
    .map(([node, edge, count]): Tree => {
      const nodes: Tree[] = [];
      for (let n = 0; n < count; n++) {
        nodes.push({
          kind: 'map',
          flow: false,
          entries: [['id', { kind: 'scalar', text: `n${n}` }], ...node],
        });
      }
      const edges: Tree[] = [
        {
          kind: 'map',
          flow: false,
          entries: [
            ['from', { kind: 'scalar', text: 'n0' }],
            ['to', { kind: 'scalar', text: 'n1' }],
            ...edge,
          ],
        },
      ];
      return {
        kind: 'map',
        flow: false,
        entries: [
          ['osop_version', { kind: 'scalar', text: '"1.0"' }],
          ['nodes', { kind: 'seq', flow: false, items: nodes }],
          ['edges', { kind: 'seq', flow: false, items: edges }],
        ],
      };
    });
  return { tree, workflowTree };
}

describe('fast YAML reader properties', () => {
  it('agrees with yaml on random subset documents (and takes most of them)', () => {
    const { tree, workflowTree } = trees(true);
    const rootMap = tree.filter((t) => t.kind === 'map' && !t.flow);
    let fast = 0;
    fc.assert(
      fc.property(fc.oneof(rootMap, workflowTree), fc.nat(), (t, seed) => {
        if (check(render(t, seed, true))) fast++;
      }),
      { numRuns: 1500 },
    );
    console.warn(`fast YAML reader: took ${fast}/1500 random subset documents`);
    expect(fast).toBeGreaterThan(500);
  });

  it('agrees with yaml on random documents with odd words, keys and comments', () => {
    const { tree, workflowTree } = trees(false);
    fc.assert(
      fc.property(fc.oneof(tree, workflowTree), fc.nat(), (t, seed) => {
        check(render(t, seed));
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with yaml on hostile near-misses of subset documents', () => {
    const { tree, workflowTree } = trees(true);
    fc.assert(
      fc.property(
        fc.oneof(tree, workflowTree),
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        fc.nat(),
        fc.constantFrom(...CHARS, '\n', '\r', '\ufeff'),
        (t, seed, kind, at, ch) => {
          check(mutate(render(t, seed), kind, at, ch));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('agrees with yaml on random edits of the built-in examples', () => {
    const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => readFileSync(dir + f, 'utf8'));
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 6 }), fc.nat(), fc.constantFrom(...CHARS, '\n')),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (text, edits) => {
          check(edits.reduce((t, [kind, at, ch]) => mutate(t, kind, at, ch), text));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves deep nesting and huge texts to the yaml path and its limits', () => {
    const deepMap = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('');
    const deepSeq = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}-\n`).join('');
    const deepFlow = `a: ${'['.repeat(1200)}${']'.repeat(1200)}\n`;
    for (const text of [deepMap, deepSeq, deepFlow]) expect(check(text)).toBe(false);
    const long = 'k'.repeat(1030);
    for (const key of [long, `"${long}"`, `'${long}'`]) {
      expect(check(`${key}: 1\n`)).toBe(false);
      expect(check(`a: { ${key}: 1 }\n`)).toBe(false);
      expect(check(`a:\n  - ${key}: 1\n`)).toBe(false);
    }
    const huge = `id: x\ndescription: "${'a'.repeat(5 * 1024 * 1024)}"\n`;
    const c = compareReaders(huge);
    expect(c.fastResult.diagnostics.map((d) => d.code)).toEqual(['TOO_LARGE']);
  });
});
