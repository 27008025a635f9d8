/**
 * Keeps the work safe: the address bar fragment always holds the current document
 * (`#osop=…`, within a second of the last change) and the text is autosaved locally.
 * Not in embed views, which show what their link says and write nothing.
 */
import type { StoreApi } from 'zustand/vanilla';
import { buildFragment, encodePayload } from '@/share';
import type { AppState } from '@/store/types';
import { hashString } from '@/lib/hash';
import { AUTOSAVE_KEY, STALE_FRAGMENT_KEY, UNSAVED_KEY } from './startPlan';

const DELAY_MS = 350;
/** The first write comes this long after the first drawing (which is then still being painted). */
const FIRST_FLUSH_DELAY_MS = 1000;
/** The first write waits for the first drawing, but no longer than this. */
const FIRST_FLUSH_LATEST_MS = 3000;
/** Beyond this the URL itself becomes unwieldy; the autosave still keeps the text. */
const MAX_FRAGMENT_CHARS = 1_500_000;

export function startPersistEffects(store: StoreApi<AppState>, sim: () => string | undefined): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A document opened from its link is already in the address bar: nothing to write at start
  // (re-encoding a large document would only block the page), and the autosave keeps what it
  // held until the user changes something.
  const fromLink = store.getState().source.kind === 'link';
  /** The text the address bar holds, and the text the autosave holds (null: unknown). */
  let fragmentText: string | null = fromLink ? store.getState().text : null;
  let savedText: string | null = null;
  // Likewise the link's own `&sim=` values.
  let lastSim: string | undefined = fromLink ? sim() : undefined;
  /** Whether anything changed since start (a link's document is autosaved only then). */
  let changed = false;
  /** The encoded document, and the text it encodes (encoded only when the fragment is written). */
  let payload = '';
  let payloadText: string | null = null;
  /** What the unsaved marker says: the hash of an unsaved text, or '' when all is saved. */
  let unsavedMark: string | null = null;
  const flush = () => {
    timer = undefined;
    const { text, embed, savedText: fileText } = store.getState();
    if (embed) return;
    if (text !== savedText) {
      savedText = text;
      try {
        localStorage.setItem(AUTOSAVE_KEY, text);
      } catch {
        // Storage full or disabled: the fragment still holds the document.
      }
    }
    // A reload of this text (from the autosave or the address) then still counts as unsaved.
    const mark = text === fileText ? '' : hashString(text);
    if (mark !== unsavedMark) {
      unsavedMark = mark;
      try {
        if (mark === '') localStorage.removeItem(UNSAVED_KEY);
        else localStorage.setItem(UNSAVED_KEY, mark);
      } catch {
        // Without storage a reload counts the text as saved, as before.
      }
    }
    const simPayload = sim();
    if (text === fragmentText && simPayload === lastSim) return;
    fragmentText = text;
    lastSim = simPayload;
    if (payloadText !== text) {
      payload = encodePayload(text);
      payloadText = text;
    }
    const fragment = payload.length <= MAX_FRAGMENT_CHARS ? buildFragment({ osop: payload, ...(simPayload !== undefined ? { sim: simPayload } : {}) }) : '';
    const url = `${location.pathname}${location.search}${fragment}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    // The simulation's values (`&sim=`) change the fragment too; a save changes the marker.
    if (state.text === prev.text && state.savedText === prev.savedText && sim() === lastSim) return;
    changed = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, DELAY_MS);
  });
  // Not during start-up: the first drawing comes first, and its paint (encoding costs tens of
  // ms, and the first drawing of a small document is only a few hundred ms in). Then, or after a few
  // seconds at most (a document that never draws), the address bar and autosave catch up.
  let stopWaiting = (): void => undefined;
  let latest: ReturnType<typeof setTimeout> | undefined;
  const startFlushing = () => {
    stopWaiting();
    clearTimeout(latest);
    if (timer === undefined) timer = setTimeout(flush, FIRST_FLUSH_DELAY_MS);
  };
  if (!fromLink) {
    latest = setTimeout(startFlushing, FIRST_FLUSH_LATEST_MS);
    if (store.getState().shown !== null) startFlushing();
    else stopWaiting = store.subscribe((s) => s.shown !== null && startFlushing());
  }
  // A reload reloads the address the page had when it was asked for, before `beforeunload`.
  // A flush may still run after that (a pending one fires while the leave prompt is answered),
  // so the address and text as they were then are kept for `pagehide`. Any input afterwards
  // means the user stayed.
  let leaving: { readonly hash: string; readonly text: string | null } | undefined;
  const onBeforeUnload = () => {
    leaving = { hash: location.hash, text: fragmentText };
  };
  const onInput = () => {
    leaving = undefined;
  };
  const onHide = () => {
    const asked = leaving;
    leaving = undefined;
    if (fromLink && !changed) return;
    // If the address being reloaded holds an older text than the autosave, say so, and the
    // next start takes the autosave.
    const before = asked?.hash ?? location.hash;
    const stale = store.getState().text !== (asked ? asked.text : fragmentText);
    if (timer !== undefined) clearTimeout(timer);
    flush();
    try {
      if (stale && before !== location.hash) localStorage.setItem(STALE_FRAGMENT_KEY, before);
    } catch {
      // Without storage there is no autosave to prefer either.
    }
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  window.addEventListener('keydown', onInput, true);
  window.addEventListener('pointerdown', onInput, true);
  window.addEventListener('pagehide', onHide);
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('keydown', onInput, true);
    window.removeEventListener('pointerdown', onInput, true);
    stopWaiting();
    clearTimeout(latest);
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    if (timer !== undefined) clearTimeout(timer);
  };
}
