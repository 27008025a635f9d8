/**
 * Decides what the app opens with, from the address, the autosaved document and the reference
 * example (DESIGN.md "The address bar": a fragment wins over the autosave, which wins over the
 * reference example). Pure: the caller passes in what it read from `location` and storage.
 */
import type { LayoutDirection } from '@/model/types';
import type { Result } from '@/lib/result';
import { decodePayload, parseLocation, type ShareError } from '@/share';
import type { DocSource, Notice, Theme } from '@/store/types';

export interface StartInput {
  readonly search: string;
  readonly hash: string;
  readonly autosaved: string | null;
  readonly reference: { readonly text: string; readonly title: string };
  readonly prefersDark: boolean;
  readonly savedTheme: string | null;
  /** The fragment's `osop=` payload, already decoded (see `decodePayloadAsync`); else decoded here. */
  readonly decoded?: Result<string, ShareError>;
}

export interface StartPlan {
  readonly text: string;
  readonly source: DocSource;
  readonly theme: Theme;
  readonly dir: LayoutDirection | null;
  readonly embed: boolean;
  /** A `?url=` to fetch after start (the start text is shown meanwhile). */
  readonly url?: string;
  /** The still-encoded `&sim=` payload, for the simulator. */
  readonly sim?: string;
  readonly notice?: Notice;
}

export function planStart(input: StartInput): StartPlan {
  const link = parseLocation(input.search, input.hash);
  const theme: Theme = link.theme ?? (input.savedTheme === 'dark' || input.savedTheme === 'light' ? input.savedTheme : input.prefersDark ? 'dark' : 'light');
  const base = {
    theme,
    dir: link.dir ?? null,
    embed: link.embed,
    ...(link.sim !== undefined ? { sim: link.sim } : {}),
  };
  const fallback = (notice?: Notice): StartPlan => {
    const brokenDocument = /^#?(.*[&])?osop=/.test(input.hash);
    const warn =
      notice ??
      (link.errors.length > 0
        ? { kind: brokenDocument ? ('error' as const) : ('warning' as const), title: brokenDocument ? 'This link could not be opened' : 'Part of the link was ignored', detail: link.errors.join(' ') }
        : undefined);
    if (input.autosaved !== null && input.autosaved.trim() !== '' && !link.embed) {
      return { ...base, text: input.autosaved, source: { kind: 'autosave', name: 'Restored from your last session' }, ...(warn ? { notice: warn } : {}) };
    }
    return { ...base, text: input.reference.text, source: { kind: 'example', name: input.reference.title }, ...(warn ? { notice: warn } : {}) };
  };
  if (link.osop !== undefined) {
    const decoded = input.decoded ?? decodePayload(link.osop);
    if (decoded.ok) {
      // A fragment holds the latest text (also after edits to a `?url=` document): no refetch.
      return { ...base, text: decoded.value, source: { kind: 'link', name: 'Shared link' } };
    }
    return fallback({ kind: 'error', title: 'This link could not be opened', detail: decoded.error.message });
  }
  const plan = fallback();
  return link.url !== undefined ? { ...plan, url: link.url } : plan;
}
