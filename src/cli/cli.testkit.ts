/**
 * Test helpers for the CLI: run the real `osop-canvas` launcher as a child process, or the
 * commands in-process with an {@link Io} that records what they print.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from './io';

/** The package's `bin`. */
export const LAUNCHER = fileURLToPath(new URL('./osop-canvas.mjs', import.meta.url));
/** The reference workflow (9 nodes, 10 edges, a Chinese name). */
export const REFERENCE = fileURLToPath(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url));
export const referenceText = (): string => readFileSync(REFERENCE, 'utf8');
/** The shared corpus of real OSOP files (outside the repo; tests skip without it). */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node osop-canvas.mjs …args` in `cwd`, feeding `input` to its standard input. */
export function runCli(args: readonly string[], cwd: string, input?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(input ?? '');
  });
}

/** An {@link Io} that keeps what is written, for in-process runs. */
export interface MemoryIo extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function memoryIo(cwd: string, stdin = ''): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    outBytes: (bytes) => out.push(Buffer.from(bytes).toString('latin1')),
    readStdin: () => Promise.resolve(stdin),
    cwd,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** A temporary directory with `files` written into it; `cleanup` removes it. */
export function tempDir(files: Readonly<Record<string, string>> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'osop-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** How many elements carry `data-node-id` in an SVG document. */
export const nodeCount = (svg: string): number => (svg.match(/\sdata-node-id="/g) ?? []).length;
