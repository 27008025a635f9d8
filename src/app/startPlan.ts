/**
 * Reads what the app opens with (address, autosave, saved theme) — the first thing the page
 * does, before the rest of the app is even loaded, so the parse worker can start at once.
 */
import { EXAMPLES as examples } from '@/examples';
import { planStart, type StartPlan } from './bootstrap';

export const AUTOSAVE_KEY = 'osop-canvas:document';
export const THEME_KEY = 'osop-canvas:theme';
export const EDITOR_KEY = 'osop-canvas:editor';

export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function readStartPlan(): StartPlan {
  const reference = examples[0];
  return planStart({
    search: location.search,
    hash: location.hash,
    autosaved: readStorage(AUTOSAVE_KEY),
    reference: { text: reference?.text ?? '', title: reference?.title ?? 'Reference workflow' },
    prefersDark: window.matchMedia('(prefers-color-scheme: dark)').matches,
    savedTheme: readStorage(THEME_KEY),
  });
}
