/**
 * The shared corpus of real OSOP files (../shared/corpus, outside this repo), read in place for
 * tests, and the workflows among them as its INDEX.md classifies them. Test-only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
export const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Deliberately broken fixtures (INDEX.md: "empty", "invalid"): not workflows. */
const BROKEN = new Set(['osop/tests/fixtures/empty.osop', 'osop/tests/fixtures/invalid_yaml.osop']);

/** Every file under `dir`, dot-folders included, relative to the corpus. */
export function listCorpusFiles(dir = corpusDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCorpusFiles(path);
    return [relative(corpusDir, path).split('\\').join('/')];
  });
}

/**
 * Corpus paths of the workflows as INDEX.md classifies them (its `ver` column is not an osoplog
 * or sop version, and the file is not a broken fixture): 305 files.
 */
export function corpusWorkflows(): string[] {
  const paths: string[] = [];
  for (const line of readFileSync(join(corpusDir, 'INDEX.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const path = /^`(.+)`$/.exec(cells[1] ?? '')?.[1];
    const ver = cells[4] ?? '';
    if (path === undefined || !existsSync(join(corpusDir, path))) continue;
    if (ver.startsWith('osoplog') || ver.startsWith('sop') || BROKEN.has(path)) continue;
    paths.push(path);
  }
  return paths;
}

/** The workflows as they are at their repository's HEAD (folders without `@commit`). */
export function headWorkflows(): string[] {
  return corpusWorkflows().filter((path) => !path.split('/')[0]?.includes('@'));
}

/** Our own examples (src/examples/*.osop.yaml), as absolute paths. */
export function exampleFiles(): string[] {
  return readdirSync(examplesDir)
    .filter((name) => name.endsWith('.osop.yaml'))
    .sort()
    .map((name) => join(examplesDir, name));
}
