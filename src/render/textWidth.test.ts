import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, truncateToWidth, wrapText } from './textWidth';

describe('textWidth', () => {
  it('measures CJK as full width', () => {
    expect(textWidth('漸進式', 10)).toBeCloseTo(30);
    expect(textWidth('iii', 10)).toBeLessThan(textWidth('MMM', 10));
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and cuts text that does not', () => {
    expect(truncateToWidth('short', 200, 12)).toBe('short');
    const cut = truncateToWidth('a rather long sentence that will not fit', 80, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(80);
  });
});

describe('wrapText', () => {
  it('wraps at spaces and truncates after the last line', () => {
    const r = wrapText('Validate Kubernetes manifests against cluster API schemas using kubeconform', 228, 13, 'semibold', 2);
    expect(r.lines).toHaveLength(2);
    expect(r.truncated).toBe(true);
    expect(r.lines[1]?.endsWith('…')).toBe(true);
  });
  it('breaks words longer than a line', () => {
    const r = wrapText('x'.repeat(100), 60, 12, 'regular', 3);
    expect(r.lines).toHaveLength(3);
    expect(r.truncated).toBe(true);
  });
  it('never exceeds the width or line count (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 40, max: 400 }), fc.integer({ min: 1, max: 4 }), (text, width, max) => {
        const r = wrapText(text, width, 12, 'regular', max);
        expect(r.lines.length).toBeLessThanOrEqual(max);
        for (const line of r.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width + 12);
      }),
    );
  });
});
