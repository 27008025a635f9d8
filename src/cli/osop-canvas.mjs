#!/usr/bin/env node
// @ts-check
/**
 * The `osop-canvas` command (the package's `bin`). The CLI is TypeScript (src/cli/main.ts) that
 * shares the app's model, layout, renderer, link codec and simulator; this plain-JS launcher
 * bundles it with esbuild into node_modules/.cache/osop-canvas/cli.mjs on first use, and again
 * whenever one of its sources (or tsconfig.json, or this file) is newer than the bundle, then
 * runs it. Nothing built is committed. Dependencies stay external: the bundle sits inside
 * node_modules, so `yaml`, `elkjs`, … resolve from there.
 *
 * OSOP_CANVAS_REBUILD=1 forces a rebuild.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = join(root, 'src', 'cli', 'main.ts');
const outDir = join(root, 'node_modules', '.cache', 'osop-canvas');
const outFile = join(outDir, 'cli.mjs');
const stampFile = join(outDir, 'inputs.json');
/** Files that change the bundle besides the bundled sources. */
const extraInputs = [fileURLToPath(import.meta.url), join(root, 'tsconfig.json')];

/** @param {string} path */
const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/** True when the bundle is missing or any of its recorded inputs changed since it was built. */
function isStale() {
  if (process.env.OSOP_CANVAS_REBUILD === '1') return true;
  /** @type {{ builtAt?: unknown, inputs?: unknown }} */
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return true;
  }
  const { builtAt, inputs } = stamp;
  if (typeof builtAt !== 'number' || !Array.isArray(inputs) || mtime(outFile) === Number.POSITIVE_INFINITY)
    return true;
  return [...inputs.map((p) => resolve(root, String(p))), ...extraInputs].some(
    (p) => mtime(p) > builtAt,
  );
}

/** @param {string} message */
function fail(message) {
  process.stderr.write(`osop-canvas: ${message}\n`);
  process.exit(1);
}

async function build() {
  /** @type {typeof import('esbuild')} */
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    fail(
      `esbuild is needed to build the CLI on first use, and it is not installed.\n` +
        `Run \`npm install\` (with dev dependencies) in ${root}`,
    );
    return;
  }
  // Earlier than any source can change during the build; a file saved meanwhile triggers a rebuild.
  const builtAt = Date.now() - 1;
  const tmp = `${outFile}.${process.pid}.tmp`;
  try {
    mkdirSync(outDir, { recursive: true });
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      tsconfig: join(root, 'tsconfig.json'),
      // No source map: it costs a quarter of a second per start; the bundle is not minified.
      metafile: true,
      logLevel: 'silent',
      legalComments: 'none',
    });
    renameSync(tmp, outFile);
    const inputs = Object.keys(result.metafile.inputs).map((p) =>
      relative(root, resolve(root, p)).split('\\').join('/'),
    );
    const stampTmp = `${stampFile}.${process.pid}.tmp`;
    writeFileSync(stampTmp, JSON.stringify({ builtAt, inputs }));
    renameSync(stampTmp, stampFile);
  } catch (error) {
    const text =
      error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)
        ? (await esbuild.formatMessages(error.errors, { kind: 'error' })).join('')
        : String(error);
    fail(`could not build the CLI into ${relative(process.cwd(), outFile)}:\n${text}`);
  }
}

if (isStale()) await build();
/** @type {{ main: (argv: readonly string[]) => Promise<number> }} */
const cli = await import(pathToFileURL(outFile).href);
process.exitCode = await cli.main(process.argv.slice(2));
