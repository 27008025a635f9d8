import type { StateCreator } from 'zustand/vanilla';
import { parseWorkflow } from '@/model/parse';
import type { ParseResult } from '@/model/types';
import type { AppState, DocumentSlice } from './types';

/** A parse result the canvas can draw: a graph with at least one node. */
export function isDrawable(parse: ParseResult): boolean {
  return parse.graph !== null && parse.graph.nodes.length > 0;
}

/** The state after the document text became `text`: parsed, with the last good graph kept. */
export function deriveDocument(text: string, previous: Pick<DocumentSlice, 'graph'>): Pick<DocumentSlice, 'text' | 'parse' | 'graph' | 'stale'> {
  const parse = parseWorkflow(text);
  if (isDrawable(parse)) return { text, parse, graph: parse.graph, stale: false };
  return { text, parse, graph: previous.graph, stale: previous.graph !== null };
}

export const createDocumentSlice =
  (initialText: string): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => ({
    ...deriveDocument(initialText, { graph: null }),
    source: { kind: 'example' },
    docNonce: 0,
    loadDocument: (text, source) => {
      set({ ...deriveDocument(text, get()), source, docNonce: get().docNonce + 1, selection: null });
    },
  });
