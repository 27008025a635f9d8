/**
 * Every file of the shared corpus (../shared/corpus, read in place; skipped when absent) through
 * `osop-canvas render` in-process: workflows give an SVG with all their nodes, anything else
 * exits 1 with diagnostics, nothing crashes. A handful also through the real CLI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkflow } from '@/model';
import { CORPUS_DIR, memoryIo, nodeCount, runCli, tempDir } from './cli.testkit';
import { renderCommand } from './commands/render';
import { simulateCommand } from './commands/simulate';
import { validateCommand } from './commands/validate';
import { usableGraph } from './workflow';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

const files = existsSync(CORPUS_DIR)
  ? listFiles(CORPUS_DIR).filter((f) => !f.endsWith('INDEX.md'))
  : [];
const out = tempDir();
afterAll(() => out.cleanup());

describe.skipIf(!existsSync(CORPUS_DIR))('osop-canvas render: every corpus file', () => {
  it('has the corpus', () => expect(files.length).toBeGreaterThan(300));

  it.each(files.map((f, i) => [relative(CORPUS_DIR, f), f, i] as const))('%s', async (_name, file, i) => {
    const graph = usableGraph(parseWorkflow(readFileSync(file, 'utf8')));
    const target = join(out.dir, `${i}.svg`);
    // Alternate directions and themes across files; no embedded fonts (the same bytes each time).
    const args = [file, '-o', target, '--no-fonts', '--dir', i % 2 === 0 ? 'DOWN' : 'RIGHT', '--theme', i % 4 < 2 ? 'light' : 'dark'];
    const io = memoryIo(out.dir);
    const code = await renderCommand(args, io);
    expect(io.stderr()).not.toContain('internal error');
    if (graph === null) {
      expect(code).toBe(1);
      expect(io.stderr()).toMatch(/:\d+:\d+ error [A-Z_]+ /);
      expect(existsSync(target)).toBe(false);
      return;
    }
    expect(code).toBe(0);
    const svg = readFileSync(target, 'utf8');
    expect(nodeCount(svg)).toBe(new Set(graph.nodes.map((n) => n.id)).size);
  });
});

describe.skipIf(!existsSync(CORPUS_DIR))('osop-canvas validate and simulate: every corpus file', () => {
  it('validates them all in one call: one line per diagnostic, a summary, exit 1 (broken fixtures)', async () => {
    const io = memoryIo(out.dir);
    expect(await validateCommand(files, io)).toBe(1);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(new RegExp(`^${files.length} files: \\d+ invalid \\(\\d+ errors?, \\d+ warnings?, \\d+ info\\)$`));
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^.+:\d+:\d+ (error|warning|info) [A-Z_]+ \S/);
  });

  it.each(files.map((f) => [relative(CORPUS_DIR, f), f] as const))('simulate %s', async (_name, file) => {
    const io = memoryIo(out.dir);
    const code = await simulateCommand([file, '--json'], io);
    expect(io.stderr()).not.toContain('internal error');
    if (usableGraph(parseWorkflow(readFileSync(file, 'utf8'))) === null) {
      expect(code).toBe(1);
      return;
    }
    const report = JSON.parse(io.stdout()) as { outcome: string; exitCode: number };
    expect(report.exitCode).toBe(code);
    expect(['completed', 'needs-input']).toContain(report.outcome);
  });
});

describe.skipIf(!existsSync(CORPUS_DIR))('osop-canvas render: corpus files through the real CLI', () => {
  // The workflow with the most nodes, as PNG, and a broken file (one process at a time: each
  // spawns Node and resvg, and two cores are all CI has).
  const nodesOf = (f: string): number => parseWorkflow(readFileSync(f, 'utf8')).graph?.nodes.length ?? 0;
  const picked = files
    .map((f) => [f, nodesOf(f)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 1)
    .map(([f]) => f)
    .concat(files.filter((f) => f.endsWith('invalid_yaml.osop')).slice(0, 1));

  it.each(picked.map((f) => [relative(CORPUS_DIR, f), f] as const))('%s', async (_name, file) => {
    const graph = usableGraph(parseWorkflow(readFileSync(file, 'utf8')));
    const target = join(out.dir, `${relative(CORPUS_DIR, file).replace(/[^A-Za-z0-9]+/g, '_')}.png`);
    const r = await runCli(['render', file, '-o', target], out.dir);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(graph === null ? 1 : 0);
    if (graph !== null) expect([...readFileSync(target).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});
