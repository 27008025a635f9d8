/**
 * The fast YAML reader against the yaml library on real files: the shared corpus, the built-in
 * examples and fixtures, and generated bench workflows. Whenever the fast reader takes a text,
 * its AST (kinds, values, ranges), plain-JS value and repeated keys equal yaml's, and in every
 * case `parseWorkflow` gives the same result as the yaml-only path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateWorkflow as generateBench } from '../../../e2e/bench/generate.mjs';
import { generateWorkflow } from '../__fixtures__/generate';
import { compareReaders } from './compare';

const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const here = (dir: string): string => fileURLToPath(new URL(dir, import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Asserts agreement; returns whether the fast reader took the text. */
function agrees(text: string, name: string): boolean {
  const c = compareReaders(text);
  expect(c.fastResult, name).toEqual(c.yamlResult);
  if (c.detail !== undefined) expect(c.detail.fast, name).toEqual(c.detail.yaml);
  return c.fast;
}

describe.skipIf(!existsSync(corpusDir))('fast YAML reader on the real corpus', () => {
  it('agrees with yaml on every file, and takes most of them', () => {
    const files = listFiles(corpusDir).filter((f) => !f.endsWith('INDEX.md'));
    expect(files).toHaveLength(318);
    const bailed: string[] = [];
    for (const f of files) if (!agrees(readFileSync(f, 'utf8'), f)) bailed.push(f);
    console.warn(`fast YAML reader: ${files.length - bailed.length}/${files.length} corpus files`);
    expect(files.length - bailed.length).toBeGreaterThan(200);
  });
});

describe('fast YAML reader on the project files', () => {
  const dirs = [here('../../examples/'), here('../__fixtures__/')];
  const files = dirs.flatMap(listFiles).filter((f) => /\.(ya?ml|osop)$/.test(f));

  it('agrees with yaml on the examples and fixtures, and takes the examples', () => {
    expect(files.length).toBeGreaterThan(7);
    for (const f of files) {
      const fast = agrees(readFileSync(f, 'utf8'), f);
      if (f.includes('/examples/')) expect(fast, f).toBe(true);
    }
  });

  it.each([10, 500, 2000])('agrees with yaml on the %i-node bench workflow, and takes it', (n) => {
    expect(agrees(generateBench(n).text, `bench ${n}`)).toBe(true);
    expect(agrees(generateWorkflow(n), `fixture ${n}`)).toBe(true);
  });
});
