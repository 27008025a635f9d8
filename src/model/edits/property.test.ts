/**
 * Property tests: random sequences of edits on the reference workflow, the project's examples
 * and the fixtures; every step is checked by `propertyKit.step`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { opSeed, runSeeds } from './propertyKit';
import { crlf, fixture } from './testkit';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.osop.yaml'))
  .sort();
const read = (name: string): string => readFileSync(new URL(name, examplesDir), 'utf8');

describe('random edit sequences', () => {
  it('on the reference workflow (k8s-rollout)', () => {
    const text = read('k8s-rollout.osop.yaml');
    fc.assert(
      fc.property(fc.array(opSeed(), { minLength: 1, maxLength: 8 }), (seeds) =>
        runSeeds(text, seeds),
      ),
      { numRuns: 30 },
    );
  });

  it.each(examples.filter((f) => f !== 'k8s-rollout.osop.yaml'))('on example %s', (name) => {
    const text = read(name);
    fc.assert(
      fc.property(fc.array(opSeed(), { minLength: 1, maxLength: 6 }), (seeds) =>
        runSeeds(text, seeds),
      ),
      { numRuns: 10 },
    );
  });

  it.each(['commented.yaml', 'flow.yaml', 'flow-lists.yaml', 'quoted-edges.yaml', 'single.yaml'])(
    'on fixture %s (and its CRLF twin)',
    (name) => {
      const text = fixture(name);
      fc.assert(
        fc.property(
          fc.array(opSeed(), { minLength: 1, maxLength: 6 }),
          fc.boolean(),
          (seeds, useCrlf) => runSeeds(useCrlf ? crlf(text) : text, seeds),
        ),
        { numRuns: 15 },
      );
    },
  );
});
