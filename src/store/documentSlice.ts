import type { StateCreator } from 'zustand/vanilla';
import { markOnce } from '@/lib/perfMark';
import { parseWorkflow } from '@/model/parse';
import type { ParseResult } from '@/model/types';
import { createHistoryRecorder } from './history';
import { ASYNC_PARSE_CHARS, type ParseAsync } from './parseClient';
import type { AppState, DocumentSlice } from './types';

/** A parse result the canvas can draw: a graph with at least one node. */
export function isDrawable(parse: ParseResult): boolean {
  return parse.graph !== null && parse.graph.nodes.length > 0;
}

type Derived = Pick<DocumentSlice, 'text' | 'parse' | 'graph' | 'stale' | 'parsing'>;

/** The document state for `text` and its parse result, keeping the last good graph. */
export function deriveDocument(text: string, parse: ParseResult, previous: Pick<DocumentSlice, 'graph'>): Derived {
  if (isDrawable(parse)) return { text, parse, graph: parse.graph, stale: false, parsing: false };
  return { text, parse, graph: previous.graph, stale: previous.graph !== null, parsing: false };
}

/** Two parse results with the same content. */
const sameParse = (a: ParseResult, b: ParseResult): boolean => JSON.stringify(a) === JSON.stringify(b);

const NOTHING: ParseResult = { graph: null, diagnostics: [] };

export interface DocumentOptions {
  /** Parses large texts off the main thread. */
  readonly parseAsync?: ParseAsync;
  /** Clock for history coalescing (tests pass a fake). */
  readonly now?: () => number;
  /**
   * The parse of the first document, already running off the main thread (started before the
   * app's code loaded, whatever the document's size): the page draws itself meanwhile.
   */
  readonly firstParse?: Promise<ParseResult>;
}

/**
 * The document slice: `setText` is the only writer of `text`. With `parseAsync`, large texts are
 * parsed off the main thread: the text is set at once (nothing typed is lost) and the parse
 * result follows; a result for a text that has since changed is dropped.
 */
export const createDocumentSlice =
  (options: DocumentOptions = {}): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => {
    const now = options.now ?? Date.now;
    const recordHistory = createHistoryRecorder();
    let firstParse = options.firstParse;
    const derive = (text: string): Partial<Derived> => {
      const { parseAsync } = options;
      const starting = firstParse !== undefined;
      const pending = firstParse ?? (parseAsync && text.length >= ASYNC_PARSE_CHARS ? parseAsync(text) : undefined);
      firstParse = undefined;
      if (pending) {
        void pending.then((parse) => {
          markOnce('parsed');
          const apply = () => {
            if (get().text === text) set(deriveDocument(text, parse, get()));
          };
          // The start document's parse came in a task that already took it in (a large one:
          // ~0.1 s per thousand nodes); the page takes it up in the next one.
          if (starting) setTimeout(apply, 0);
          else apply();
        });
        return { text, parsing: true };
      }
      return deriveDocument(text, parseWorkflow(text), get());
    };
    /**
     * A predicted parse is shown at once; the real parse follows (off the main thread when the
     * text is large) and replaces it only if they differ, which tests say never happens.
     */
    const derivePredicted = (text: string, predicted: ParseResult): Partial<Derived> => {
      const { parseAsync } = options;
      const check = parseAsync && text.length >= ASYNC_PARSE_CHARS ? parseAsync(text) : Promise.resolve().then(() => parseWorkflow(text));
      void check.then((parse) => {
        if (get().text !== text || get().parse !== predicted || sameParse(parse, predicted)) return;
        set(deriveDocument(text, parse, get()));
      });
      return deriveDocument(text, predicted, get());
    };
    const setText: DocumentSlice['setText'] = (text, origin, changes, predicted) => {
      const state = get();
      if (text === state.text) return;
      set({
        ...(predicted ? derivePredicted(text, predicted) : derive(text)),
        ...recordHistory(state, origin, now()),
        lastUpdate: { seq: state.lastUpdate.seq + 1, origin, previous: state.text, ...(changes ? { changes } : {}) },
      });
    };
    return {
      text: '',
      parse: NOTHING,
      graph: null,
      stale: false,
      parsing: false,
      source: { kind: 'example' },
      docNonce: 0,
      lastUpdate: { seq: 0, origin: 'load', previous: '' },
      setText,
      loadDocument: (text, source) => {
        setText(text, 'load');
        set({ source, docNonce: get().docNonce + 1, selection: null, savedText: text });
      },
      savedText: '',
      markSaved: (text) => set({ savedText: text }),
    };
  };
