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

/** `#osop=…&sim=…`: a document with simulation values (a JSON object, same encoding). */
export function simLink(text: string, values: Readonly<Record<string, number | boolean | string>>, query = ''): string {
  return `${osopLink(text, query)}&sim=${osopPayload(JSON.stringify(values))}`;
}

/** The simulation values held by a `&sim=` fragment part; null without one. */
export function decodeSimHash(hash: string): Record<string, unknown> | null {
  const m = /[#&]sim=([^&]*)/.exec(hash);
  if (!m?.[1]) return null;
  return JSON.parse(inflateRawSync(Buffer.from(decodeURIComponent(m[1]), 'base64url')).toString('utf8')) as Record<string, unknown>;
}
