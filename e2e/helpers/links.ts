import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** `#osop=` payload for a text, made independently of the app's own codec (Node zlib). */
export function osopPayload(text: string): string {
  return deflateRawSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64url');
}

export function osopLink(text: string, query = ''): string {
  return `./${query}#osop=${osopPayload(text)}`;
}

/** The document held by a `#osop=…` fragment, decoded with Node zlib; null without one. */
export function decodeOsopHash(hash: string): string | null {
  const m = /[#&]osop=([^&]*)/.exec(hash);
  if (!m?.[1]) return null;
  return inflateRawSync(Buffer.from(m[1], 'base64url')).toString('utf8');
}
