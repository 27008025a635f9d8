/**
 * The app's main bundle must not contain CEL until a simulation starts: nothing reachable from
 * the public surfaces of `@/expr` and `@/sim` through static imports may load @bufbuild/cel.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

/** Static, non-type import specifiers of a TS file (dynamic `import()` excluded). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    if (m[2] === undefined && m[3] !== undefined) specs.push(m[3]);
  }
  return specs;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (spec.startsWith('@/')) return join(src, spec.slice(2));
  if (spec.startsWith('.')) return resolve(dirname(from), spec);
  return undefined;
}

function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const base = queue.pop() ?? '';
    const file = [`${base}.ts`, `${base}/index.ts`].find((f) => existsSync(f));
    if (file === undefined || files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(file)) {
      const local = resolveLocal(file, spec);
      if (local === undefined) packages.add(spec);
      else queue.push(local);
    }
  }
  return { files, packages };
}

describe('lazy CEL', () => {
  it.each(['expr/index', 'sim/index'])('%s does not load @bufbuild/cel statically', (entry) => {
    const { files, packages } = closure(join(src, entry));
    expect(files.size).toBeGreaterThan(3);
    expect([...packages].filter((p) => p.startsWith('@bufbuild/'))).toEqual([]);
  });

  it('the engine module does (and is reached only by a dynamic import)', () => {
    expect(closure(join(src, 'expr/cel')).packages).toContain('@bufbuild/cel');
    expect(readFileSync(join(src, 'expr/load.ts'), 'utf8')).toContain("import('./cel')");
  });
});
