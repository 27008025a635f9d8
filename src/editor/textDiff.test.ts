import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalChange } from './textDiff';

const apply = (text: string, c: { start: number; end: number; text: string } | null) => (c ? text.slice(0, c.start) + c.text + text.slice(c.end) : text);

describe('minimalChange', () => {
  it('keeps the common prefix and suffix', () => {
    expect(minimalChange('a: 1\nb: 2\n', 'a: 1\nb: 3\n')).toEqual({ start: 8, end: 9, text: '3' });
    expect(minimalChange('same', 'same')).toBeNull();
  });
  it('always turns before into after (property, any Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(apply(a, minimalChange(a, b))).toBe(b);
      }),
    );
  });
});
