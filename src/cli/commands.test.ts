/**
 * The CLI's pieces in-process: --set values, per-text PNG fonts, the simulation scenario,
 * x-layout direction and pins, link options, printable text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCelEngine } from '@/expr/cel';
import { parseWorkflow } from '@/model';
import { decodePayload, decodeSimValues, parseLocation } from '@/share';
import { main } from './main';
import { memoryIo, nodeCount, referenceText, tempDir } from './cli.testkit';
import { printable } from './io';
import { assignFonts, hasWideText } from './png/assignFonts';
import { buildScenario } from './sim/scenario';
import { parseAssignments, parseValue } from './values';

const PINNED = `id: pinned
x-layout:
  direction: RIGHT
  nodes:
    b: { x: 3000, y: 40 }
nodes:
  - id: a
    type: cli
  - id: b
    type: api
edges:
  - from: a
    to: b
`;

const tmp = tempDir({ 'ref.osop.yaml': referenceText(), 'pinned.osop.yaml': PINNED });
afterAll(() => tmp.cleanup());

async function run(args: readonly string[], stdin = '') {
  const io = memoryIo(tmp.dir, stdin);
  const code = await main(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

const svgSize = (svg: string): [number, number] => {
  const m = /<svg[^>]*\swidth="(\d+)" height="(\d+)"/.exec(svg);
  return [Number(m?.[1]), Number(m?.[2])];
};

describe('--set values', () => {
  it('reads numbers, booleans and text; quotes keep text', () => {
    expect(parseValue('0.02')).toBe(0.02);
    expect(parseValue('-3')).toBe(-3);
    expect(parseValue('1e3')).toBe(1000);
    expect(parseValue('true')).toBe(true);
    expect(parseValue('false')).toBe(false);
    expect(parseValue('prod')).toBe('prod');
    expect(parseValue('"42"')).toBe('42');
    expect(parseValue("'true'")).toBe('true');
    expect(parseValue('Infinity')).toBe('Infinity');
    expect(parseValue('')).toBe('');
  });

  it('splits at the first =, keeps odd keys as data, refuses a missing name', () => {
    const values = parseAssignments(['a.b=x=y', '__proto__=1', 'n=1', 'n=2'], 'simulate');
    expect(Object.keys(values)).toEqual(['a.b', '__proto__', 'n']);
    expect(values['a.b']).toBe('x=y');
    expect(values.n).toBe(2);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(() => parseAssignments(['novalue'], 'simulate')).toThrow(/--set takes <name>=<value>/);
    expect(() => parseAssignments(['=1'], 'simulate')).toThrow(/--set takes/);
  });
});

describe('simulation scenario', () => {
  const graph = parseWorkflow(referenceText()).graph;
  if (graph === null) throw new Error('reference workflow did not parse');
  const engine = createCelEngine();

  it('starts from the healthy defaults; a bare --set name replaces the qualified default', () => {
    const s = buildScenario(graph, engine, { error_rate_10: 0.02 }, true);
    expect(s.values.error_rate_10).toBe(0.02);
    expect(s.values['health_check_10.error_rate_10']).toBeUndefined();
    expect(s.values['health_check_10.p99_latency_10']).toBe(250);
    expect(s.unused).toEqual([]);
  });

  it('qualified and outputs.<node>.<name> keys replace their default', () => {
    const s = buildScenario(graph, engine, { 'outputs.health_check_50.error_rate_50': 0.5 }, true);
    expect(s.values['health_check_50.error_rate_50']).toBeUndefined();
    expect(s.values['outputs.health_check_50.error_rate_50']).toBe(0.5);
  });

  it('--no-defaults keeps only --set; keys no condition reads are reported', () => {
    const s = buildScenario(graph, engine, { error_rate_10: 0.02, eror_rate_10: 1 }, false);
    expect(Object.keys(s.values)).toEqual(['error_rate_10', 'eror_rate_10']);
    expect(s.unused).toEqual(['eror_rate_10']);
  });
});

describe('PNG fonts per text', () => {
  const fonts = { ui: 'Liberation Sans', mono: 'Liberation Mono', wide: 'Noto Sans CJK SC', wideMono: 'Noto Sans Mono CJK SC' };

  it('finds CJK and other non-Latin text, including character references', () => {
    expect(hasWideText('Kubernetes 漸進式發布')).toBe(true);
    expect(hasWideText('&#x6F38;')).toBe(true);
    expect(hasWideText('Über · naïve — Ωμέγα Привет')).toBe(false);
    expect(hasWideText('שלום')).toBe(true);
  });

  it('gives those texts an inline font-family; mono texts the mono one', () => {
    const svg =
      '<text class="title" x="1">Deploy</text><text class="h-name" x="2">發布</text>' +
      '<text class="id" x="3">節點</text><text class="lg"><tspan class="lg-name">a</tspan><tspan style="fill:red">名</tspan></text>';
    expect(assignFonts(svg, fonts)).toBe(
      '<text class="title" x="1">Deploy</text>' +
        `<text class="h-name" x="2" style="font-family:'Noto Sans CJK SC', sans-serif">發布</text>` +
        `<text class="id" x="3" style="font-family:'Noto Sans Mono CJK SC', monospace">節點</text>` +
        `<text class="lg"><tspan class="lg-name">a</tspan><tspan style="font-family:'Noto Sans CJK SC', sans-serif;fill:red">名</tspan></text>`,
    );
  });
});

describe('render: direction and pins from x-layout', () => {
  it('draws in x-layout.direction, --dir overrides, pins are honoured', async () => {
    const [fromFile, overridden] = [join(tmp.dir, 'a.svg'), join(tmp.dir, 'b.svg')];
    expect((await run(['render', 'pinned.osop.yaml', '-o', fromFile, '--no-fonts'])).code).toBe(0);
    expect((await run(['render', 'pinned.osop.yaml', '-o', overridden, '--no-fonts', '--dir', 'DOWN'])).code).toBe(0);
    const a = readFileSync(fromFile, 'utf8');
    const b = readFileSync(overridden, 'utf8');
    expect(a).toContain('data-direction="RIGHT"');
    expect(b).toContain('data-direction="DOWN"');
    expect(nodeCount(a)).toBe(2);
    // Node b is pinned 3000 units to the right: the drawing is at least that wide.
    expect(svgSize(a)[0]).toBeGreaterThan(3000);
    expect(svgSize(b)[0]).toBeGreaterThan(3000);
  });

  it('-o - writes the SVG to standard output; --no-source leaves the YAML out', async () => {
    const r = await run(['render', 'ref.osop.yaml', '-o', '-', '--no-fonts', '--no-source', '--no-header']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<?xml')).toBe(true);
    expect(r.stdout).not.toContain('<metadata');
    expect(nodeCount(r.stdout)).toBe(9);
    expect(r.stderr).toMatch(/wrote SVG, .* to standard output/);
  });
});

describe('link options', () => {
  it('carries theme, dir and --set values the app reads back', async () => {
    const r = await run(['link', 'ref.osop.yaml', '--theme', 'dark', '--dir', 'RIGHT', '--set', 'error_rate_10=0.02']);
    expect(r.code).toBe(0);
    const url = new URL(r.stdout.trim());
    const state = parseLocation(url.search, url.hash);
    expect(state).toMatchObject({ theme: 'dark', dir: 'RIGHT', embed: false, errors: [] });
    expect(decodePayload(state.osop ?? '')).toEqual({ ok: true, value: referenceText() });
    expect(decodeSimValues(state.sim ?? '')).toEqual({ ok: true, value: { error_rate_10: 0.02 } });
  });

  it('refuses a base that is not an http(s) address', async () => {
    const r = await run(['link', 'ref.osop.yaml', '--base', 'javascript:alert(1)']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--base must be an http:// or https:// address');
  });
});

describe('text from files is printed safely', () => {
  it('escapes control characters and keeps one line', () => {
    expect(printable('a\u001b[31mred\nnext\u202e')).toBe('a\\u{1b}[31mred ⏎ next\\u{202e}');
  });

  it('diagnostics of a hostile file stay one line each', async () => {
    const hostile = 'id: x\nnodes:\n  - id: "a\\u001b[2J"\n    type: cli\nedges:\n  - from: "a\\u001b[2J"\n    to: "b\\nc"\n';
    const r = await run(['validate', '-'], hostile);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b');
    for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(/^<stdin>(:\d+:\d+)? \w+|^<stdin>: invalid/);
  });
});
