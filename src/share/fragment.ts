/**
 * Reading and writing the address of a shared workflow.
 *
 * Fragment (`#…`): `osop=<payload>&sim=<payload>`, the document and a what-if scenario. The app
 * rewrites it on every edit. Query (`?…`): `url=<https URL>`, `embed`, `theme=dark|light`,
 * `dir=RIGHT|DOWN`, the way the page is opened. `embed`, `theme` and `dir` are also read from
 * the fragment, where they win over the query.
 *
 * Pure: strings in, strings out; no `location`, no DOM. Nothing here decodes or runs a payload.
 */
import { err, ok, type Result } from '../lib/result';
import { encodePayload } from './codec';
import { encodeSimValues, type SimValues } from './simValues';

/** Colour theme named by a link. */
export type Theme = 'dark' | 'light';
/** Layout direction named by a link. */
export type Direction = 'RIGHT' | 'DOWN';

/** What an address asks for. Payloads are returned still encoded; see `decodePayload`. */
export interface LinkState {
  /** `#osop=`: the encoded workflow. */
  readonly osop?: string;
  /** `#sim=`: the encoded simulation values. */
  readonly sim?: string;
  /** `?embed`: read-only, chrome-less view. */
  readonly embed: boolean;
  readonly theme?: Theme;
  readonly dir?: Direction;
  /** `?url=`: a checked https (or local http) address to load the YAML from. */
  readonly url?: string;
  /** One sentence per part of the address that was ignored, and why. */
  readonly errors: readonly string[];
}

/** Options of a link made by {@link buildEditorLink} or {@link buildEmbedLink}. */
export interface LinkOptions {
  /** Simulation values to reopen with; omitted when absent or empty. */
  readonly sim?: SimValues;
  readonly theme?: Theme;
  readonly dir?: Direction;
}

/** Encoded parts of a fragment made by {@link buildFragment}. */
export interface FragmentParts {
  readonly osop: string;
  readonly sim?: string;
}

/** Query and fragment keys this module owns; link builders replace them in a base URL. */
const OWN_KEYS = new Set(['osop', 'sim', 'url', 'embed', 'theme', 'dir']);

type Params = Map<string, string | undefined>;

/**
 * Pure, never throws. Reads a page address: `search` is `location.search` and `hash` is
 * `location.hash` (leading `?`/`#` optional).
 *
 * Unknown keys are ignored; keys are case-insensitive; for a repeated key the first one counts.
 * Values are percent-decoded, and `+` stays `+`. Every value that cannot be used is left out of
 * the result and explained in `errors`, e.g. a `?url=` that is not https (javascript:, data:,
 * file: are never accepted), an empty `#osop=`, or an unknown theme.
 *
 * @example
 * parseLocation('?embed&theme=dark', '#osop=y8gEAA')
 * // { osop: 'y8gEAA', embed: true, theme: 'dark', errors: [] }
 */
export function parseLocation(search: string, hash: string): LinkState {
  const errors: string[] = [];
  const query = parseParams(search, '?', errors);
  const fragment = parseParams(hash, '#', errors);
  const state: {
    osop?: string;
    sim?: string;
    embed: boolean;
    theme?: Theme;
    dir?: Direction;
    url?: string;
    errors: string[];
  } = { embed: false, errors };

  const osop = payload(fragment, 'osop', 'workflow', errors);
  if (osop !== undefined) state.osop = osop;
  const sim = payload(fragment, 'sim', 'simulation values', errors);
  if (sim !== undefined) state.sim = sim;

  const embedValue = fragment.has('embed') ? fragment.get('embed') : query.get('embed');
  if (fragment.has('embed') || query.has('embed')) state.embed = parseFlag(embedValue);

  const theme = pick(query, fragment, 'theme');
  if (theme !== undefined) {
    const t = theme.toLowerCase();
    if (t === 'dark' || t === 'light') state.theme = t;
    else
      errors.push(
        `Unknown theme "${clip(theme)}" in the link (use theme=dark or theme=light); the default theme is used.`,
      );
  }
  const dir = pick(query, fragment, 'dir');
  if (dir !== undefined) {
    const d = dir.toUpperCase();
    if (d === 'RIGHT' || d === 'DOWN') state.dir = d;
    else
      errors.push(
        `Unknown direction "${clip(dir)}" in the link (use dir=DOWN or dir=RIGHT); the default direction is used.`,
      );
  }
  if (query.has('url')) {
    const checked = checkSourceUrl(query.get('url') ?? '');
    if (checked.ok) state.url = checked.value;
    else errors.push(checked.error);
  }
  return state;
}

/**
 * Pure, never throws. Checks an address to load a workflow from: it must be an absolute
 * `https:` URL, or `http:` on localhost / 127.0.0.1 / [::1] for local testing, without a user
 * name or password. Returns the normalised address or a sentence saying why it is refused.
 */
export function checkSourceUrl(raw: string): Result<string, string> {
  if (raw.trim() === '') {
    return err(
      'The ?url= in the link is empty; it must be the https:// address of a workflow file.',
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err(
      `The ?url= in the link, "${clip(raw)}", is not a full web address; it must start with https://.`,
    );
  }
  const local =
    url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol === 'http:' && !local) {
    return err(
      `The ?url= in the link uses http://, which is not secure; only https:// addresses are loaded (http:// only from localhost).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return err(
      `The ?url= in the link is a "${clip(url.protocol, 20)}" address; only https:// addresses are loaded.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    return err(
      'The ?url= in the link contains a user name or password; remove them from the address.',
    );
  }
  return ok(url.href);
}

/**
 * Pure. The fragment for encoded parts, with its leading `#`: `#osop=<payload>[&sim=<payload>]`.
 *
 * @example
 * buildFragment({ osop: encodePayload(text) }) // '#osop=…'
 */
export function buildFragment(parts: FragmentParts): string {
  let out = `#osop=${encodeURIComponent(parts.osop)}`;
  if (parts.sim !== undefined && parts.sim !== '') out += `&sim=${encodeURIComponent(parts.sim)}`;
  return out;
}

/**
 * Pure, never throws. A link that opens `text` in the editor: `base` (any fragment dropped, its
 * own `url`/`embed`/`theme`/`dir`/`osop`/`sim` query keys replaced, other keys kept) plus
 * `?theme=&dir=` from `opts` and `#osop=…&sim=…`.
 *
 * @example
 * buildEditorLink('https://example.org/canvas/', 'id: x', { theme: 'dark' })
 * // 'https://example.org/canvas/?theme=dark#osop=…'
 */
export function buildEditorLink(base: string, text: string, opts: LinkOptions = {}): string {
  return buildLink(base, text, opts, false);
}

/**
 * Pure, never throws. Like {@link buildEditorLink}, with `?embed`: the read-only view for an
 * iframe.
 */
export function buildEmbedLink(base: string, text: string, opts: LinkOptions = {}): string {
  return buildLink(base, text, opts, true);
}

function buildLink(base: string, text: string, opts: LinkOptions, embed: boolean): string {
  const hashAt = base.indexOf('#');
  const withoutHash = hashAt < 0 ? base : base.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt < 0 ? withoutHash : withoutHash.slice(0, queryAt);
  const kept =
    queryAt < 0
      ? []
      : withoutHash
          .slice(queryAt + 1)
          .split('&')
          .filter(keepSegment);
  const own: string[] = [];
  if (embed) own.push('embed');
  if (opts.theme !== undefined) own.push(`theme=${opts.theme}`);
  if (opts.dir !== undefined) own.push(`dir=${opts.dir}`);
  const query = [...kept, ...own];
  const sim =
    opts.sim !== undefined && Object.keys(opts.sim).length > 0
      ? encodeSimValues(opts.sim)
      : undefined;
  const fragment = buildFragment(
    sim === undefined ? { osop: encodePayload(text) } : { osop: encodePayload(text), sim },
  );
  return `${path}${query.length > 0 ? `?${query.join('&')}` : ''}${fragment}`;
}

function keepSegment(segment: string): boolean {
  if (segment === '') return false;
  const eq = segment.indexOf('=');
  const key = safeDecode(eq < 0 ? segment : segment.slice(0, eq));
  return key === undefined || !OWN_KEYS.has(key.toLowerCase());
}

function parseParams(raw: string, lead: '?' | '#', errors: string[]): Params {
  const params: Params = new Map();
  const body = raw.startsWith(lead) ? raw.slice(1) : raw;
  for (const segment of body.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawKey = eq < 0 ? segment : segment.slice(0, eq);
    const key = safeDecode(rawKey)?.toLowerCase();
    if (key === undefined || !OWN_KEYS.has(key) || params.has(key)) continue;
    if (eq < 0) {
      params.set(key, undefined);
      continue;
    }
    const value = safeDecode(segment.slice(eq + 1));
    if (value === undefined) {
      errors.push(`The "${key}" part of the link has broken %-escapes and was ignored.`);
      continue;
    }
    params.set(key, value);
  }
  return params;
}

function payload(
  fragment: Params,
  key: string,
  what: string,
  errors: string[],
): string | undefined {
  if (!fragment.has(key)) return undefined;
  const value = fragment.get(key);
  if (value === undefined || value === '') {
    errors.push(`The link has "#${key}=" with no ${what} after it.`);
    return undefined;
  }
  return value;
}

function pick(query: Params, fragment: Params, key: string): string | undefined {
  const value = fragment.has(key) ? fragment.get(key) : query.get(key);
  return fragment.has(key) || query.has(key) ? (value ?? '') : undefined;
}

function parseFlag(value: string | undefined): boolean {
  if (value === undefined) return true;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
