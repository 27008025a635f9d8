/**
 * The local `node.set` path must give exactly what the full path gives: the same text and
 * changes as `applyEdit`, and a predicted parse deep-equal to `parseWorkflow` of the new text.
 * Checked on every corpus workflow (read in place, skipped when absent), on the examples and on
 * generated 500-node workflows, with random fields and hostile values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkflow } from '../../../e2e/bench/generate.mjs';
import { EXAMPLES } from '../../examples';
import { parseWorkflow } from '../parse';
import type { ParseResult } from '../types';
import { applyEdit } from './applyEdit';
import { applyNodeSetLocally } from './localNodeSet';
import type { FieldValue, NodeField } from './types';

const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

const FIELDS: readonly NodeField[] = [
  'name',
  'purpose',
  'description',
  'subtype',
  'timeout_sec',
  'retry_policy.max_retries',
  'retry_policy.strategy',
  'runtime.command',
  'runtime.endpoint.url',
  // Refused by the local path: it must say so rather than get them wrong.
  'type',
  'inputs',
];

const value = (): fc.Arbitrary<FieldValue> =>
  fc.oneof(
    fc.constantFrom('Deploy 🚀 canary', '部署', 'a: b', '# not a comment', "it's", '"quoted"', 'x\ny', '', '  ', 'yes', 'null', '- item', '[a]', '{b: 1}', 'ends with #', 'é'.repeat(40)),
    fc.string({ maxLength: 30 }),
    fc.integer({ min: 0, max: 100_000 }),
  );

/** Checks one edit; returns whether the local path applied. */
function check(text: string, parse: ParseResult, id: string, field: NodeField, v: FieldValue): boolean {
  const local = applyNodeSetLocally(text, parse, { type: 'node.set', id, field, value: v });
  if (local === undefined) return false;
  const full = applyEdit(text, { type: 'node.set', id, field, value: v });
  expect(full.ok, `full path refused what the local path did (${field} = ${JSON.stringify(v)})`).toBe(true);
  if (!full.ok) return true;
  expect(local.text).toBe(full.text);
  expect(local.changes).toEqual(full.changes);
  expect(local.parse).toEqual(parseWorkflow(local.text));
  return true;
}

function checkFile(text: string, runs: number): { applied: number; tried: number } {
  const parse = parseWorkflow(text);
  const ids = parse.graph?.nodes.map((n) => n.id) ?? [];
  let applied = 0;
  let tried = 0;
  if (ids.length === 0) return { applied, tried };
  fc.assert(
    fc.property(fc.constantFrom(...ids), fc.constantFrom(...FIELDS), value(), (id, field, v) => {
      tried++;
      if (check(text, parse, id, field, v)) applied++;
    }),
    { numRuns: runs },
  );
  return { applied, tried };
}

describe('local node.set', () => {
  it('matches the full path on a generated 500-node workflow, and applies to renames there', () => {
    const { text } = generateWorkflow(500);
    const parse = parseWorkflow(text);
    for (const id of ['step_0', 'step_250', 'step_499']) {
      expect(check(text, parse, id, 'name', `Renamed ${id}`)).toBe(true);
      expect(check(text, parse, id, 'timeout_sec', 90)).toBe(true);
    }
    checkFile(text, 12);
  });

  it('matches the full path on every example', () => {
    let applied = 0;
    for (const example of EXAMPLES) applied += checkFile(example.text, 40).applied;
    expect(applied).toBeGreaterThan(50);
  });

  it('refuses what it cannot predict', () => {
    const text = 'nodes:\n  - id: a\n    type: cli\n    name: &n A\n  - id: b\n    type: cli\n    name: *n\nedges:\n  - from: a\n    to: b\n';
    expect(applyNodeSetLocally(text, parseWorkflow(text), { type: 'node.set', id: 'a', field: 'name', value: 'Z' })).toBeUndefined();
    const flow = 'nodes: [{id: a, type: cli, name: A}]\nedges: []\n';
    expect(applyNodeSetLocally(flow, parseWorkflow(flow), { type: 'node.set', id: 'a', field: 'name', value: 'Z' })).toBeUndefined();
    const plain = 'nodes:\n  - id: a\n    type: cli\n    name: A\nedges: []\n';
    expect(applyNodeSetLocally(plain, parseWorkflow(plain), { type: 'node.set', id: 'a', field: 'type', value: 'api' })).toBeUndefined();
    expect(applyNodeSetLocally(plain, parseWorkflow(plain), { type: 'node.set', id: 'a', field: 'name', value: '' })).toBeUndefined();
    expect(applyNodeSetLocally(plain, parseWorkflow(plain), { type: 'node.set', id: 'missing', field: 'name', value: 'Z' })).toBeUndefined();
    expect(applyNodeSetLocally(plain, parseWorkflow(plain), { type: 'node.set', id: 'a', field: 'name', value: 'Z' })?.text).toBe(plain.replace('name: A', 'name: Z'));
  });

  it('keeps CRLF documents CRLF', () => {
    const text = 'nodes:\r\n  - id: a\r\n    type: cli\r\n  - id: b\r\n    type: cli\r\nedges:\r\n  - from: a\r\n    to: b\r\n';
    expect(check(text, parseWorkflow(text), 'a', 'purpose', 'Why')).toBe(true);
  });

  describe.skipIf(!existsSync(corpusDir))('on the real corpus', () => {
    it('matches the full path on every workflow', () => {
      const files = listFiles(corpusDir).filter((p) => !p.endsWith('INDEX.md'));
      let applied = 0;
      let tried = 0;
      for (const path of files) {
        const text = readFileSync(path, 'utf8');
        try {
          const r = checkFile(text, 6);
          applied += r.applied;
          tried += r.tried;
        } catch (error) {
          throw new Error(`${path.slice(corpusDir.length)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      // The fast path must actually be taken on real files, not refuse everything.
      expect(applied).toBeGreaterThan(tried / 4);
    });
  });
});
