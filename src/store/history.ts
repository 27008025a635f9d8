/**
 * One undo history for typing and canvas edits. Entries are whole texts (strings are cheap and
 * exact). Typing coalesces into one step while keystrokes come less than a second apart; every
 * canvas edit and every opened document is a step of its own.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState, HistorySlice, TextOrigin } from './types';

export const HISTORY_LIMIT = 200;
export const TYPING_PAUSE_MS = 1000;

export type HistoryRecorder = (state: AppState, origin: TextOrigin, at: number) => Partial<HistorySlice>;

/**
 * Returns the function that computes the history fields after the text changes from
 * `state.text` because of `origin` (one recorder per store: it remembers the typing run).
 */
export function createHistoryRecorder(): HistoryRecorder {
  let typingSeq = -1;
  let typingAt = -Infinity;
  return (state, origin, at) => {
    if (origin === 'history') return {};
    const typing = origin === 'editor';
    const coalesce = typing && typingSeq === state.lastUpdate.seq && at - typingAt < TYPING_PAUSE_MS;
    typingSeq = typing ? state.lastUpdate.seq + 1 : -1;
    typingAt = typing ? at : -Infinity;
    // The very first document is not something to undo back from.
    if (coalesce || state.lastUpdate.seq === 0) return { future: [] };
    const past = [...state.past, state.text];
    return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
  };
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  undo: () => {
    const { past, future, text, setText } = get();
    const previous = past[past.length - 1];
    if (previous === undefined) return;
    set({ past: past.slice(0, -1), future: [...future, text] });
    setText(previous, 'history');
  },
  redo: () => {
    const { past, future, text, setText } = get();
    const next = future[future.length - 1];
    if (next === undefined) return;
    set({ past: [...past, text], future: future.slice(0, -1) });
    setText(next, 'history');
  },
});
