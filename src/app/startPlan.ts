/**
 * Reads what the app opens with (address, autosave, saved theme) — the first thing the page
 * does, before the rest of the app is even loaded, so the parse worker can start at once.
 */
import { REFERENCE_EXAMPLE as reference } from '@/examples/reference';
import { decodePayloadAsync, parseLocation } from '@/share';
import { planStart, type StartPlan } from './bootstrap';

export const AUTOSAVE_KEY = 'osop-canvas:document';
export const THEME_KEY = 'osop-canvas:theme';
export const EDITOR_KEY = 'osop-canvas:editor';
/** Hash of the text the last page held when it had changes never saved to a file. */
export const UNSAVED_KEY = 'osop-canvas:unsaved';
/** The address fragment a page left behind when it held an older text than the autosave. */
export const STALE_FRAGMENT_KEY = 'osop-canvas:stale-fragment';

/**
 * The fragment to start from: as it is, unless it is the stale one the last page left behind
 * (reloaded within the moment before the address caught up with an edit) — then without its
 * document, so the newer autosave wins; other parts (`&sim=`) stay.
 */
export function startFragment(hash: string, stale: string | null): string {
  if (stale === null || hash === '' || hash !== stale) return hash;
  return hash.replace(/([#&])osop=[^&]*&?/, '$1').replace(/[#&]$/, '');
}

export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Reads the start plan. A `#osop=` link is unpacked natively and off the page's critical
 * path (a 2000-node link took a ~0.3 s main-thread task with the JavaScript inflater).
 */
export async function readStartPlan(): Promise<StartPlan> {
  const stale = readStorage(STALE_FRAGMENT_KEY);
  if (stale !== null) {
    try {
      localStorage.removeItem(STALE_FRAGMENT_KEY);
    } catch {
      // Read-only storage: the marker only ever matches that one address.
    }
  }
  const hash = startFragment(location.hash, stale);
  const payload = parseLocation(location.search, hash).osop;
  const decoded = payload === undefined ? undefined : await decodePayloadAsync(payload);
  return planStart({
    search: location.search,
    hash,
    ...(decoded ? { decoded } : {}),
    autosaved: readStorage(AUTOSAVE_KEY),
    reference: { text: reference.text, title: reference.title },
    prefersDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
    savedTheme: readStorage(THEME_KEY),
  });
}
