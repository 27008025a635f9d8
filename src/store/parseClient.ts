/**
 * Parses documents in a worker. Large texts are parsed there so the page stays responsive;
 * if the worker cannot start or fails, parsing falls back to the main thread (same function).
 */
import type { ParseResult } from '@/model/types';
import type { ParseRequest, ParseResponse } from './parseProtocol';
import type { PreviewRequest } from './previewSvg';

/** Texts at least this long are parsed off the main thread (about 100 nodes and up). */
export const ASYNC_PARSE_CHARS = 20_000;

export type ParseAsync = (text: string) => Promise<ParseResult>;

/** The fallback: parse on the main thread (loaded on demand: the entry chunk stays small). */
const parseHere = (text: string): Promise<ParseResult> => import('@/model/parse').then(({ parseWorkflow }) => parseWorkflow(text));

/** The worker-backed parser; `withPreview` also asks for the start-up preview (previewSvg.ts). */
export interface ParseClient {
  readonly parse: ParseAsync;
  readonly withPreview: (text: string, preview: PreviewRequest) => Promise<{ readonly result: ParseResult; readonly preview?: string }>;
  /** Starts the worker now (its code loads meanwhile); otherwise it starts with the first parse. */
  readonly prepare: () => void;
}

export function createParseClient(): ParseClient {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const waiting = new Map<number, { text: string; resolve: (r: ParseResult, preview?: string) => void }>();

  const fail = () => {
    failed = true;
    worker?.terminate();
    worker = null;
    for (const [id, job] of waiting) {
      waiting.delete(id);
      void parseHere(job.text).then(job.resolve);
    }
  };
  const start = (): Worker | null => {
    if (worker || failed || typeof Worker === 'undefined') return worker;
    try {
      worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      failed = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      const job = waiting.get(event.data.id);
      if (!job) return;
      waiting.delete(event.data.id);
      job.resolve(event.data.result, event.data.preview);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    worker.onmessageerror = fail;
    return worker;
  };

  // At most one text is parsed at a time; while it runs only the newest text waits (typing in
  // a large document must not build a backlog). Superseded requests resolve with the result of
  // the text that replaced them; callers check the text anyway.
  let busy = false;
  let queued: { text: string; resolvers: ((r: ParseResult) => void)[] } | null = null;
  const send = (text: string, resolvers: ((r: ParseResult, preview?: string) => void)[], preview?: PreviewRequest) => {
    const w = start();
    if (!w) {
      void parseHere(text).then((result) => {
        for (const r of resolvers) r(result);
      });
      return;
    }
    busy = true;
    const id = nextId++;
    waiting.set(id, {
      text,
      resolve: (result, svg) => {
        busy = false;
        for (const r of resolvers) r(result, svg);
        const next = queued;
        queued = null;
        if (next) send(next.text, next.resolvers);
      },
    });
    const request: ParseRequest = preview ? { id, text, preview } : { id, text };
    w.postMessage(request);
  };
  const parse: ParseAsync = (text) =>
    new Promise<ParseResult>((resolve) => {
      if (busy) {
        queued = { text, resolvers: [...(queued?.resolvers ?? []), resolve] };
        return;
      }
      send(text, [resolve]);
    });
  const withPreview: ParseClient['withPreview'] = (text, preview) =>
    busy
      ? parse(text).then((result) => ({ result }))
      : new Promise((resolve) => send(text, [(result, svg) => resolve(svg === undefined ? { result } : { result, preview: svg })], preview));
  return { parse, withPreview, prepare: () => void start() };
}
