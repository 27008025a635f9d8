import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const CORPUS = join(SHARED, 'corpus');
export const REFERENCE_PATH = join(SHARED, 'examples/k8s-rollout.osop.yaml');
export const REFERENCE = readFileSync(fileURLToPath(new URL('../../src/examples/k8s-rollout.osop.yaml', import.meta.url)), 'utf8');

/** Every file of the corpus (dot-folders included), relative paths; [] when the corpus is absent. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name !== 'INDEX.md') out.push(relative(CORPUS, p));
    }
  };
  walk(CORPUS);
  return out.sort();
}
