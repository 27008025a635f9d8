/**
 * Parses every real OSOP file of the shared corpus (../shared/corpus, outside this repo) and
 * checks node/edge counts against its INDEX.md. Skipped when the corpus is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from './index';
import type { ParseResult } from './index';

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Deliberately broken test fixtures in the corpus: they must yield errors. */
const BROKEN = new Set([
  'osop/tests/fixtures/empty.osop',
  'osop/tests/fixtures/invalid_yaml.osop',
  'osop/tests/fixtures/missing_fields.osop',
]);

/** Every file under `dir`, dot-folders included, as paths relative to the corpus. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return [relative(corpusDir, path).split('\\').join('/')];
  });
}

interface IndexRow {
  readonly path: string;
  readonly ver: string;
  readonly nodes: string;
  readonly edges: string;
}

function readIndex(): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const line of readFileSync(join(corpusDir, 'INDEX.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const path = /^`(.+)`$/.exec(cells[1] ?? '')?.[1];
    if (path === undefined || !existsSync(join(corpusDir, path))) continue;
    rows.push({ path, ver: cells[4] ?? '', nodes: cells[5] ?? '', edges: cells[6] ?? '' });
  }
  return rows;
}

describe.skipIf(!existsSync(corpusDir))('real OSOP corpus', () => {
  const files = existsSync(corpusDir) ? listFiles(corpusDir).filter((f) => f !== 'INDEX.md') : [];
  const results = new Map<string, ParseResult>();
  const parsed = (path: string): ParseResult => {
    let result = results.get(path);
    if (result === undefined) {
      result = parseWorkflow(readFileSync(join(corpusDir, path), 'utf8'));
      results.set(path, result);
    }
    return result;
  };

  it('has all 318 files, dot-folders included', () => {
    expect(files).toHaveLength(318);
    expect(files.some((f) => f.includes('/.osop/'))).toBe(true);
  });

  it('parses every file without throwing', () => {
    for (const f of files) expect(() => parsed(f), f).not.toThrow();
  });

  it('matches INDEX.md node and edge counts', () => {
    const rows = readIndex();
    expect(rows.length).toBe(files.length);
    let compared = 0;
    for (const row of rows) {
      const result = parsed(row.path);
      if (row.ver.startsWith('osoplog') || row.ver.startsWith('sop')) {
        expect(result.graph?.nodes, row.path).toHaveLength(0);
        expect(
          result.diagnostics.map((d) => d.code),
          row.path,
        ).toContain('NOT_A_WORKFLOW');
        continue;
      }
      if (!/^\d+$/.test(row.nodes) || !/^\d+$/.test(row.edges)) continue;
      expect(result.graph?.nodes.length, row.path).toBe(Number(row.nodes));
      expect(result.graph?.edges.length, row.path).toBe(Number(row.edges));
      compared++;
    }
    expect(compared).toBe(305); // every workflow row (missing_fields.osop counts as 0 / 0)
  });

  it('gives no errors on real workflows, and errors on the broken fixtures', () => {
    for (const row of readIndex()) {
      if (row.ver.startsWith('osoplog') || row.ver.startsWith('sop')) continue;
      const errors = parsed(row.path).diagnostics.filter((d) => d.severity === 'error');
      if (BROKEN.has(row.path)) expect(errors.length, row.path).toBeGreaterThan(0);
      else
        expect(
          errors.map((d) => `${d.code} ${d.message}`),
          row.path,
        ).toEqual([]);
    }
  });

  it('reads every node label and every edge id uniquely', () => {
    for (const f of files) {
      const graph = parsed(f).graph;
      if (graph === null) continue;
      expect(
        graph.nodes.every((n) => n.label.trim() !== ''),
        f,
      ).toBe(true);
      expect(new Set(graph.edges.map((e) => e.id)).size, f).toBe(graph.edges.length);
    }
  });
});
