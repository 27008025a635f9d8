import type { StateCreator } from 'zustand/vanilla';
import { parseWorkflow } from '@/model/parse';
import type { ParseResult } from '@/model/types';
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

const NOTHING: ParseResult = { graph: null, diagnostics: [] };

/**
 * The document slice. `parseAsync`, when given, parses large texts off the main thread: the
 * text is set at once (nothing is lost) and the parse result follows; a result for a text that
 * has since changed is dropped.
 */
export const createDocumentSlice =
  (parseAsync?: ParseAsync): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => {
    const derive = (text: string): Partial<Derived> => {
      if (parseAsync && text.length >= ASYNC_PARSE_CHARS) {
        void parseAsync(text).then((parse) => {
          if (get().text === text) set(deriveDocument(text, parse, get()));
        });
        return { text, parsing: true };
      }
      return deriveDocument(text, parseWorkflow(text), get());
    };
    return {
      text: '',
      parse: NOTHING,
      graph: null,
      stale: false,
      parsing: false,
      source: { kind: 'example' },
      docNonce: 0,
      loadDocument: (text, source) => {
        set({ ...derive(text), source, docNonce: get().docNonce + 1, selection: null });
      },
    };
  };
