/** Escaping: any string becomes well-formed XML text or attribute value that reads back as itself. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { el, escapeAttr, escapeMultiline, escapeText, fitAttrs, num, stripInvalid } from './xml';
import { parseXml } from './xmlTree.testkit';

const HOSTILE = [
  '<script>alert(1)</script>',
  ']]>',
  '--',
  '<!--',
  '-->',
  '"\'&',
  '&amp;',
  '\u0000\u0007\u001b',
  '\uD800',
  'a\uDC00b',
  '\uFFFE\uFFFF',
  '\u0085',
  'x\r\ny',
];

describe('stripInvalid', () => {
  it('removes characters XML cannot hold and invisible controls', () => {
    expect(stripInvalid('a\u0000b\u0008c\u000bd\u001fe\u007ff\u009fg')).toBe('abcdefg');
    expect(stripInvalid('\uD800x\uDC00y')).toBe('xy');
    expect(stripInvalid('\uFFFE\uFFFFz')).toBe('z');
  });
  it('keeps tab, line breaks, pairs of surrogates, CJK and emoji', () => {
    expect(stripInvalid('\t\n\r漸進式 😀 \u{10FFFD}')).toBe('\t\n\r漸進式 😀 \u{10FFFD}');
  });
});

describe('escaping', () => {
  it('escapes markup characters', () => {
    expect(escapeText('<script>a && b</script> ]]> "x" \'y\'')).toBe(
      '&lt;script&gt;a &amp;&amp; b&lt;/script&gt; ]]&gt; &quot;x&quot; &apos;y&apos;',
    );
    expect(escapeAttr('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(escapeText('a\tb\nc\r\nd')).toBe('a b c  d');
    expect(escapeMultiline('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it.each(HOSTILE)('keeps %j as text', (s) => {
    const root = parseXml(`<r>${el('t', { a: s }, escapeText(s))}<m>${escapeMultiline(s)}</m></r>`);
    const [t, m] = root.children;
    expect(t?.attrs.a).toBe(stripInvalid(s));
    expect(t?.text).toBe(stripInvalid(s).replace(/[\t\n\r]/g, ' '));
    expect(m?.text).toBe(stripInvalid(s).replace(/\r\n?/g, '\n'));
    expect(t?.children).toHaveLength(0);
  });

  it('any string: well-formed, and reads back as itself minus invalid characters', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 40,
      }),
      fc.array(fc.constantFrom(...HOSTILE, 'a', ' ', '\t')).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyText, (s) => {
        const root = parseXml(`<r>${el('t', { a: s }, escapeText(s))}</r>`);
        const t = root.children[0];
        expect(t?.attrs.a).toBe(stripInvalid(s));
        expect(t?.text).toBe(stripInvalid(s).replace(/[\t\n\r]/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});

describe('numbers and fitting', () => {
  it('formats numbers compactly', () => {
    expect(num(1.005)).toBe('1');
    expect(num(12.3456)).toBe('12.35');
    expect(num(-0.001)).toBe('0');
    expect(num(Number.NaN)).toBe('0');
    expect(num(Infinity)).toBe('0');
  });
  it('pins only long texts to their estimated width', () => {
    expect(fitAttrs(50, 200)).toEqual({});
    expect(fitAttrs(180, 200)).toEqual({ textLength: 180, lengthAdjust: 'spacingAndGlyphs' });
    expect(fitAttrs(230, 200)).toEqual({ textLength: 200, lengthAdjust: 'spacingAndGlyphs' });
    expect(fitAttrs(0, 0)).toEqual({});
  });
});
