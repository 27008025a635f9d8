import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../lib/hash';
import { bytesToBase64url } from './base64url';
import {
  DEFAULT_MAX_INFLATED_BYTES,
  DEFAULT_MAX_PAYLOAD_CHARS,
  decodePayload,
  decodePayloadAsync,
  encodePayload,
} from './codec';

const reference = readFileSync(
  new URL('../examples/k8s-rollout.osop.yaml', import.meta.url),
  'utf8',
);
const pythonPayload = readFileSync(
  new URL('./fixtures/k8s-rollout.zlib9.payload', import.meta.url),
  'utf8',
).trim();

const SMALL_WORKFLOW =
  'osop_version: "1.0"\nid: hello\nname: "你好 ✓"\nnodes:\n  - { id: a, type: cli }\nedges: []\n';

function decoded(payload: string): string {
  const result = decodePayload(payload);
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function errorCode(payload: string): string {
  const result = decodePayload(payload);
  return result.ok ? 'ok' : result.error.code;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/**
 * A raw DEFLATE stream of `mib` MiB of zeros: one 1 MiB zlib segment ending in a full flush
 * (byte-aligned, no back-references across segments) repeated, then an empty final block.
 */
function zeroBomb(mib: number): Uint8Array {
  const segment = zlib.deflateRawSync(Buffer.alloc(1 << 20), {
    level: 9,
    finishFlush: zlib.constants.Z_FULL_FLUSH,
  });
  const parts: Buffer[] = Array.from({ length: mib }, () => segment);
  return Buffer.concat([...parts, Buffer.from([0x03, 0x00])]);
}

describe('encodePayload / decodePayload round trip', () => {
  it('round-trips any well-formed Unicode text (graphemes, astral code points)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expect(decoded(encodePayload(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(decoded(encodePayload(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips edge cases: empty text, a leading BOM, astral and CJK text, NUL', () => {
    for (const text of [
      '',
      '\uFEFFosop_version: "1.0"',
      '𝒳🚀👩‍👩‍👧 漸進式發布',
      'a\u0000b',
      '\r\n\t',
    ]) {
      expect(decoded(encodePayload(text))).toBe(text);
    }
  });

  it('round-trips the reference example', () => {
    expect(decoded(encodePayload(reference))).toBe(reference);
  });

  it('uses only base64url characters and no padding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(encodePayload(text)).toMatch(/^[A-Za-z0-9_-]+$/);
      }),
    );
  });
});

describe('pinned encodings', () => {
  // fflate level 9 output. A change here breaks no old link (decoding accepts any raw DEFLATE),
  // but it changes every link the app makes, so it should be deliberate.
  it('encodes two small fixtures exactly', () => {
    expect(encodePayload('hi')).toBe('y8gEAA');
    expect(encodePayload(SMALL_WORKFLOW)).toBe(
      'yy_OL4gvSy0qzszPs1JQMtQzUOLKTLFSyEjNycnnykvMTQWKPtm74OnSvQqP5kxW4srLT0kttuJSUNBVqFYAqUzUUSipLAAqS87JVKjlSk1JB8orRMdyAQA',
    );
  });

  it('encodes the reference example the same way every time', () => {
    const payload = encodePayload(reference);
    expect(payload.length).toBe(1775);
    expect(hashString(payload)).toBe('41df3ce9');
  });

  it("decodes Python's recipe: urlsafe_b64encode(zlib.compress(s, 9)[2:-4]).rstrip('=')", () => {
    // Same bytes as fflate for tiny inputs, different for the reference example.
    expect(decoded('y8gEAA')).toBe('hi');
    expect(pythonPayload).not.toBe(encodePayload(reference));
    expect(decoded(pythonPayload)).toBe(reference);
  });
});

describe('liberal but exact reading', () => {
  it('accepts "=" padding', () => {
    const padded = bytesToBase64url(zlib.deflateRawSync(Buffer.from(SMALL_WORKFLOW), { level: 9 }));
    const withPadding = padded + '='.repeat((4 - (padded.length % 4)) % 4);
    expect(decoded(withPadding)).toBe(SMALL_WORKFLOW);
    expect(decoded('y8gEAA==')).toBe('hi');
  });

  it('ignores line breaks and spaces inserted by mail or chat apps', () => {
    const payload = encodePayload(reference);
    const wrapped = payload.replace(/(.{76})/g, '$1\r\n ');
    expect(decoded(wrapped)).toBe(reference);
  });

  it('treats <script> as plain text', () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const payload = encodePayload(text);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decoded(payload)).toBe(text);
  });
});

describe('hostile input', () => {
  it('rejects characters outside base64url and says where', () => {
    const payload = encodePayload(reference);
    for (const bad of ['!', '*', '.', '~', '"', '<', 'é', '\u0000', '😀']) {
      const result = decodePayload(payload.slice(0, 10) + bad + payload.slice(10));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_BASE64');
        expect(result.error.message).toContain('The link is damaged');
        expect(result.error.message).toContain('character 11');
      }
    }
  });

  it('explains standard base64 and percent-encoding', () => {
    const plus = decodePayload('ab+c');
    expect(!plus.ok && plus.error.message).toContain('standard base64');
    const pct = decodePayload('ab%3D');
    expect(!pct.ok && pct.error.message).toContain('percent-encoded');
  });

  it('rejects padding in the middle and impossible lengths', () => {
    expect(errorCode('y8g=EAA')).toBe('INVALID_BASE64');
    expect(errorCode('y8gEAA===')).toBe('INVALID_BASE64');
    expect(errorCode('y8gEA')).toBe('INVALID_BASE64'); // 5 characters: no encoder makes that
  });

  it('rejects an empty payload', () => {
    expect(errorCode('')).toBe('EMPTY');
    expect(errorCode('  ')).toBe('EMPTY');
  });

  it('rejects every truncation of a payload (the link was cut off)', () => {
    const payload = encodePayload(reference);
    const { ms } = timed(() => {
      for (let cut = 1; cut < payload.length; cut++) {
        const code = errorCode(payload.slice(0, cut));
        expect(['CORRUPT_DATA', 'INVALID_BASE64']).toContain(code);
      }
    });
    expect(ms).toBeLessThan(5_000);
    const half = decodePayload(payload.slice(0, 1000));
    expect(!half.ok && half.error).toEqual({
      code: 'CORRUPT_DATA',
      message: expect.stringContaining('cut off') as unknown,
    });
  });

  it('rejects a stream cut exactly at a block boundary (no final block)', () => {
    const noFinalBlock = zlib.deflateRawSync(Buffer.from(SMALL_WORKFLOW), {
      finishFlush: zlib.constants.Z_FULL_FLUSH,
    });
    expect(errorCode(bytesToBase64url(noFinalBlock))).toBe('CORRUPT_DATA');
    const complete = Buffer.concat([noFinalBlock, Buffer.from([0x03, 0x00])]);
    expect(decoded(bytesToBase64url(complete))).toBe(SMALL_WORKFLOW);
  });

  it('never throws on random bytes and random strings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const result = decodePayload(bytesToBase64url(bytes));
        if (!result.ok) {
          expect(['EMPTY', 'CORRUPT_DATA', 'INVALID_UTF8', 'TOO_LARGE']).toContain(
            result.error.code,
          );
          expect(result.error.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(() => decodePayload(text)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects bytes that are not UTF-8', () => {
    const payload = bytesToBase64url(zlib.deflateRawSync(Buffer.from([0x6f, 0xff, 0xfe, 0x80])));
    expect(errorCode(payload)).toBe('INVALID_UTF8');
  });

  it('rejects a 1 GiB decompression bomb (~1 MB compressed) quickly, without inflating it', () => {
    const payload = bytesToBase64url(zeroBomb(1024));
    expect(payload.length).toBeLessThan(DEFAULT_MAX_PAYLOAD_CHARS);
    const { value: result, ms } = timed(() => decodePayload(payload));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('TOO_LARGE');
      expect(result.error.message).toContain('5 MB');
    }
    expect(ms).toBeLessThan(1_000);
  });

  it('accepts output up to the inflated cap and rejects one byte more', () => {
    const atCap = bytesToBase64url(
      zlib.deflateRawSync(Buffer.alloc(DEFAULT_MAX_INFLATED_BYTES, 0x61)),
    );
    const r = decodePayload(atCap);
    expect(r.ok && r.value.length).toBe(DEFAULT_MAX_INFLATED_BYTES);
    const overCap = bytesToBase64url(
      zlib.deflateRawSync(Buffer.alloc(DEFAULT_MAX_INFLATED_BYTES + 1, 0x61)),
    );
    expect(errorCode(overCap)).toBe('TOO_LARGE');
  });

  it('honours custom limits', () => {
    const payload = encodePayload('x'.repeat(1000));
    expect(decodePayload(payload, { maxInflatedBytes: 999 }).ok).toBe(false);
    expect(decodePayload(payload, { maxInflatedBytes: 1000 }).ok).toBe(true);
    expect(decodePayload(payload, { maxPayloadChars: payload.length - 1 }).ok).toBe(false);
  });

  it('rejects a 10 MB payload string at once', () => {
    const huge = 'A'.repeat(10 * 1024 * 1024);
    const { value: result, ms } = timed(() => decodePayload(huge));
    expect(!result.ok && result.error.code).toBe('TOO_LARGE');
    expect(ms).toBeLessThan(50);
  });

  it('rejects a payload just over the compressed cap before decoding it', () => {
    const justOver = 'A'.repeat(DEFAULT_MAX_PAYLOAD_CHARS + 1);
    const { value: result, ms } = timed(() => decodePayload(justOver));
    expect(!result.ok && result.error.message).toContain('too large');
    expect(ms).toBeLessThan(50);
  });
});

describe('decodePayloadAsync (native inflate where there is one)', () => {
  it('gives exactly what decodePayload gives: texts, damaged, trailing bytes, not UTF-8, over the caps', async () => {
    const payload = encodePayload(reference);
    const trailing = bytesToBase64url(Buffer.concat([zlib.deflateRawSync(Buffer.from(SMALL_WORKFLOW)), Buffer.from('junk')]));
    const cases = [
      payload,
      encodePayload(SMALL_WORKFLOW),
      encodePayload('\uFEFF😀 你好'),
      pythonPayload,
      payload.slice(0, 1000),
      payload.slice(0, 7),
      trailing,
      bytesToBase64url(zlib.deflateRawSync(Buffer.from([0x6f, 0xff, 0xfe, 0x80]))),
      '',
      '%%%',
      bytesToBase64url(zlib.deflateRawSync(Buffer.alloc(DEFAULT_MAX_INFLATED_BYTES + 1, 0x61))),
      'A'.repeat(DEFAULT_MAX_PAYLOAD_CHARS + 1),
    ];
    for (const c of cases) expect(await decodePayloadAsync(c)).toEqual(decodePayload(c));
    expect(await decodePayloadAsync(encodePayload('x'.repeat(1000)), { maxInflatedBytes: 999 })).toEqual(decodePayload(encodePayload('x'.repeat(1000)), { maxInflatedBytes: 999 }));
    expect(await decodePayloadAsync(payload)).toEqual({ ok: true, value: reference });
  });

  it('stops a decompression bomb early', async () => {
    const start = performance.now();
    const result = await decodePayloadAsync(bytesToBase64url(zeroBomb(1024)));
    expect(!result.ok && result.error.code).toBe('TOO_LARGE');
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
