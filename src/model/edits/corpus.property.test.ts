/**
 * Property tests over every workflow of the shared corpus (../shared/corpus, outside this repo,
 * read in place): a random sequence of edits per file, each step checked by `propertyKit.step`.
 * Skipped when the corpus is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../parse';
import { opSeed, runSeeds } from './propertyKit';

const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Corpus files that read as workflows with nodes (logs, collections and broken fixtures aside). */
function workflows(): [string, string][] {
  if (!existsSync(corpusDir)) return [];
  return listFiles(corpusDir)
    .filter((path) => !path.endsWith('INDEX.md'))
    .map((path): [string, string] => [path.slice(corpusDir.length), readFileSync(path, 'utf8')])
    .filter(([, text]) => (parseWorkflow(text).graph?.nodes.length ?? 0) > 0)
    .sort(([a], [b]) => a.localeCompare(b));
}

describe.skipIf(!existsSync(corpusDir))('random edit sequences on the real corpus', () => {
  const files = workflows();

  it('finds the corpus workflows', () => {
    expect(files.length).toBeGreaterThan(250);
  });

  it('keeps every file valid, minimal and faithful', () => {
    for (const [path, text] of files) {
      try {
        fc.assert(
          fc.property(fc.array(opSeed(), { minLength: 1, maxLength: 4 }), (seeds) => {
            runSeeds(text, seeds);
          }),
          { numRuns: 1 },
        );
      } catch (error) {
        throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
});
