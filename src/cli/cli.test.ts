/**
 * The real `osop-canvas` command (the package's bin launcher, which builds the bundle on first
 * use) run as a child process: help, validate, render (SVG, PNG), link, simulate, exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePayload } from '@/share';
import { extractSource } from '@/render/svg';
import { nodeCount, REFERENCE, referenceText, runCli, tempDir } from './cli.testkit';

const BROKEN = 'id: broken\nnodes:\n  - id: a\n    type: cli: oops\nedges: []\n';
const UNKNOWN_NODE = 'id: x\nnodes:\n  - id: a\n    type: cli\nedges:\n  - from: a\n    to: zz\n';

const tmp = tempDir({ 'broken.osop.yaml': BROKEN, 'unknown.osop.yaml': UNKNOWN_NODE });
const cwd = tmp.dir;
afterAll(() => tmp.cleanup());

// One run first, alone: it builds the bundle (later runs, in parallel, reuse it).
beforeAll(async () => {
  const first = await runCli(['--version'], cwd);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
}, 120_000);

// One process at a time: each loads the whole bundle, and two cores are easily swamped.
describe('osop-canvas (child process)', () => {
  it('--help documents every command and the exit codes', async () => {
    const r = await runCli(['--help'], cwd);
    expect(r.code).toBe(0);
    for (const text of ['osop-canvas render <file> -o', 'osop-canvas validate <file>', 'osop-canvas link <file>', 'osop-canvas simulate <file>', 'Exit codes:', '64']) {
      expect(r.stdout).toContain(text);
    }
  });

  it('has help for each command', async () => {
    const runs = [];
    for (const c of ['render', 'validate', 'link', 'simulate']) runs.push(await runCli([c, '--help'], cwd));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(runs[0]?.stdout).toMatch(/^Usage: osop-canvas render <file> -o/);
    expect(runs[3]?.stdout).toContain('--set <name>=<value>');
    expect((await runCli(['help', 'link'], cwd)).stdout).toContain('--embed');
  });

  it('usage errors exit 64 and point at the help', async () => {
    const runs = await Promise.all([
      runCli([], cwd),
      runCli(['bogus'], cwd),
      runCli(['render', REFERENCE], cwd),
      runCli(['simulate', REFERENCE, '--bogus'], cwd),
      runCli(['render', REFERENCE, '-o', 'x.svg', '--dir', 'UP'], cwd),
    ]);
    expect(runs.map((r) => r.code)).toEqual([64, 64, 64, 64, 64]);
    const [none, bogus, noOutput, badOption, badDir] = runs;
    expect(none.stdout).toContain('Usage:');
    expect(bogus.stderr).toContain('Unknown command "bogus"');
    expect(noOutput.stderr).toContain('-o out.svg');
    expect(badOption.stderr).toContain("Unknown option '--bogus'");
    expect(badDir.stderr).toContain('--dir must be RIGHT or DOWN');
  });

  it('validate reports a broken file with line and column, exit 1', async () => {
    const r = await runCli(['validate', 'broken.osop.yaml'], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^broken\.osop\.yaml:4:11 error YAML_SYNTAX YAML: .+$/m);
    expect(r.stdout).toMatch(/^broken\.osop\.yaml: invalid \(1 error, 0 warnings, 0 info\)$/m);
  });

  it('validate reports model errors and unreadable files, exit 1', async () => {
    const r = await runCli(['validate', 'unknown.osop.yaml', 'missing.yaml', REFERENCE], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^unknown\.osop\.yaml:7:9 error EDGE_UNKNOWN_NODE Unknown node "zz"/m);
    expect(r.stdout).toMatch(/^missing\.yaml: error READ_ERROR Cannot read the file: no such file\.$/m);
    expect(r.stdout).toContain('3 files: 2 invalid (2 errors, 0 warnings, 0 info)');
  });

  it('validate passes the reference workflow, exit 0; --json; standard input', async () => {
    const [plain, json, stdin] = await Promise.all([
      runCli(['validate', REFERENCE], cwd),
      runCli(['validate', '--json', 'broken.osop.yaml'], cwd),
      runCli(['validate', '-'], cwd, BROKEN),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/k8s-rollout\.osop\.yaml: valid \(0 errors, 0 warnings, 0 info\)\n$/);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { file: string; ok: boolean; diagnostics: { line: number; col: number; code: string }[] }[];
    expect(report[0]).toMatchObject({ file: 'broken.osop.yaml', ok: false });
    expect(report[0]?.diagnostics[0]).toMatchObject({ line: 4, col: 11, code: 'YAML_SYNTAX' });
    expect(stdin.code).toBe(1);
    expect(stdin.stdout).toMatch(/^<stdin>:4:11 error YAML_SYNTAX/m);
  });

  it('render writes an SVG with all 9 nodes and 10 edges and the source embedded', async () => {
    const r = await runCli(['render', REFERENCE, '-o', 'ref.svg'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ref\.svg \(SVG, [\d.]+ KB, \d+×\d+, 9 nodes, 10 edges\)\n$/);
    const svg = readFileSync(join(cwd, 'ref.svg'), 'utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(nodeCount(svg)).toBe(9);
    expect(svg.match(/\sdata-edge-from="/g)).toHaveLength(10);
    expect(svg).toContain('data-direction="DOWN"');
    expect(svg).toContain('data-theme="light"');
    expect(svg).toContain('Kubernetes 漸進式發布');
    expect(svg).toContain("font-family:'Inter'"); // the app's fonts, embedded
    expect(extractSource(svg)).toBe(referenceText());
  });

  it('render --dir RIGHT --theme dark', async () => {
    const r = await runCli(['render', REFERENCE, '-o', 'right.svg', '--dir', 'right', '--theme', 'dark', '--no-fonts'], cwd);
    expect(r.code).toBe(0);
    const svg = readFileSync(join(cwd, 'right.svg'), 'utf8');
    expect(svg).toContain('data-direction="RIGHT"');
    expect(svg).toContain('data-theme="dark"');
    expect(svg).not.toContain('@font-face');
    expect(nodeCount(svg)).toBe(9);
    const [, w = '0', h = '0'] = /<svg[^>]*\swidth="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(Number(w)).toBeGreaterThan(Number(h)); // left to right: wider than tall
  });

  it('render writes a PNG at 2×', async () => {
    const r = await runCli(['render', REFERENCE, '-o', 'ref.png'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const png = readFileSync(join(cwd, 'ref.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const [, pxW = '0', pxH = '0'] = /(\d+)×(\d+) px/.exec(r.stdout) ?? [];
    expect([width, height]).toEqual([Number(pxW), Number(pxH)]);
    expect(width).toBeGreaterThan(1000); // 2 × an SVG over 500 units wide
    expect(width).toBeLessThan(4000);
    expect(height).toBeGreaterThan(width);
    expect(png.length).toBeGreaterThan(50_000);
    expect(png.length).toBeLessThan(5_000_000);
  });

  it('render exits 1 with the diagnostics when the file cannot be drawn', async () => {
    const r = await runCli(['render', 'broken.osop.yaml', '-o', 'broken.svg'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.osop\.yaml:4:11 error YAML_SYNTAX/m);
    expect(existsSync(join(cwd, 'broken.svg'))).toBe(false);
  });

  it('link prints editor and embed links whose payload the app decodes to the file', async () => {
    const [editor, embed, based] = await Promise.all([
      runCli(['link', REFERENCE], cwd),
      runCli(['link', REFERENCE, '--embed'], cwd),
      runCli(['link', REFERENCE, '--base', 'https://docs.example.org/canvas/?lang=en', '--theme', 'dark'], cwd),
    ]);
    expect([editor.code, embed.code, based.code]).toEqual([0, 0, 0]);
    const payloadOf = (link: string): string => /#osop=([A-Za-z0-9_-]+)\n$/.exec(link)?.[1] ?? '';
    expect(editor.stdout.startsWith('https://osop-canvas.example/#osop=')).toBe(true);
    expect(embed.stdout.startsWith('https://osop-canvas.example/?embed#osop=')).toBe(true);
    expect(based.stdout.startsWith('https://docs.example.org/canvas/?lang=en&theme=dark#osop=')).toBe(true);
    for (const r of [editor, embed, based]) {
      expect(decodePayload(payloadOf(r.stdout))).toEqual({ ok: true, value: referenceText() });
    }
  });

  it('simulate --set error_rate_10=0.02 takes the rollback path, exit 0', async () => {
    const r = await runCli(['simulate', REFERENCE, '--set', 'error_rate_10=0.02'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'validate_manifests → apply_manifests → canary_10 → health_check_10 → rollback → notify_status',
    );
    expect(r.stdout).toMatch(/^ {2}rollback +succeeded$/m);
    expect(r.stdout).toMatch(/^ {2}notify_status +succeeded$/m);
    for (const id of ['canary_50', 'health_check_50', 'full_promote']) {
      expect(r.stdout).toMatch(new RegExp(`^ {2}${id} +skipped$`, 'm'));
    }
    expect(r.stdout).toContain('error_rate_10 = 0.02 ≥ 0.01 → rollback');
    expect(r.stdout).toContain('Result: completed (exit 0)');
  });

  it('simulate with healthy values promotes; --json', async () => {
    const r = await runCli(['simulate', REFERENCE, '--set', 'error_rate_10=0.001', '--set', 'p99_latency_10=120', '--json'], cwd);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      outcome: string;
      path: { node: string }[];
      nodes: { id: string; state: string }[];
    };
    expect(report.outcome).toBe('completed');
    expect(report.path.map((p) => p.node)).toEqual([
      'validate_manifests',
      'apply_manifests',
      'canary_10',
      'health_check_10',
      'canary_50',
      'health_check_50',
      'full_promote',
      'notify_status',
    ]);
    expect(report.nodes.find((n) => n.id === 'rollback')?.state).toBe('skipped');
  });

  it('simulate exits 2 when the run needs a value, 1 when it fails', async () => {
    const [needs, failed] = await Promise.all([
      runCli(['simulate', REFERENCE, '--no-defaults', '--set', 'error_rate_10=0.001'], cwd),
      runCli(['simulate', REFERENCE, '--set', 'error_rate_10=0.02', '--fail', 'rollback'], cwd),
    ]);
    expect(needs.code).toBe(2);
    expect(needs.stdout).toContain('--set health_check_10.p99_latency_10=<value>');
    expect(needs.stdout).toContain('Result: needs input (exit 2)');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^ {2}rollback +failed$/m);
    expect(failed.stdout).toContain('Result: failed (exit 1)');
  });
});
