/**
 * Parses documents in a worker. Large texts are parsed there so the page stays responsive;
 * if the worker cannot start or fails, parsing falls back to the main thread (same function).
 */
import type { LayoutResult } from '@/layout/protocol';
import type { LayoutDirection, ParseResult } from '@/model/types';
import type { MeasuredCards, ParseRequest, ParseResponse } from './parseProtocol';
import type { PreviewRequest } from './previewSvg';

/** Texts at least this long are parsed off the main thread (about 100 nodes and up). */
export const ASYNC_PARSE_CHARS = 20_000;

export type ParseAsync = (text: string) => Promise<ParseResult>;

/** What a parse brings besides its result, when asked for: the preview, the measured cards. */
export interface ParseExtras {
  readonly preview?: string;
  readonly measured?: MeasuredCards;
}
type Resolver = (result: ParseResult, extras?: ParseExtras) => void;

/** The fallback: parse on the main thread (loaded on demand: the entry chunk stays small). */
const parseHere = (text: string): Promise<ParseResult> => import('@/model/parse').then(({ parseWorkflow }) => parseWorkflow(text));

/** The worker-backed parser; `withPreview` also asks for the start-up preview (previewSvg.ts). */
export interface ParseClient {
  readonly parse: ParseAsync;
  readonly withPreview: (text: string, preview: PreviewRequest) => Promise<{ readonly result: ParseResult } & ParseExtras>;
  /**
   * Parses a (large) text, and has the worker lay its graph out right after (firstLayout.ts):
   * the layout, or null when the page should ask the layout worker (a small graph, no worker).
   * The parse comes with the cards the worker measured for that layout.
   */
  readonly withLayout: (
    text: string,
    direction: LayoutDirection | null,
    preview?: PreviewRequest,
  ) => { readonly result: Promise<{ readonly result: ParseResult } & ParseExtras>; readonly layout: Promise<LayoutResult | null> };
  /** Starts the worker now (its code loads meanwhile); otherwise it starts with the first parse. */
  readonly prepare: () => void;
}

export function createParseClient(): ParseClient {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const waiting = new Map<number, { text: string; resolve: Resolver }>();
  const layouts = new Map<number, (layout: LayoutResult | null) => void>();

  const fail = () => {
    failed = true;
    worker?.terminate();
    worker = null;
    for (const [id, job] of waiting) {
      waiting.delete(id);
      void parseHere(job.text).then(job.resolve);
    }
    for (const [id, resolve] of layouts) {
      layouts.delete(id);
      resolve(null);
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
      const data = event.data;
      if ('layout' in data) {
        layouts.get(data.id)?.(data.layout);
        layouts.delete(data.id);
        return;
      }
      const job = waiting.get(data.id);
      if (!job) return;
      waiting.delete(data.id);
      job.resolve(data.result, { ...(data.preview === undefined ? {} : { preview: data.preview }), ...(data.measured === undefined ? {} : { measured: data.measured }) });
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
  const send = (text: string, resolvers: Resolver[], preview?: PreviewRequest, layout?: { direction: LayoutDirection | null; resolve: (l: LayoutResult | null) => void }) => {
    const w = start();
    if (!w) {
      void parseHere(text).then((result) => {
        for (const r of resolvers) r(result);
      });
      layout?.resolve(null);
      return;
    }
    busy = true;
    const id = nextId++;
    waiting.set(id, {
      text,
      resolve: (result, extras) => {
        busy = false;
        for (const r of resolvers) r(result, extras);
        const next = queued;
        queued = null;
        if (next) send(next.text, next.resolvers);
      },
    });
    const request: ParseRequest = { id, text, ...(preview ? { preview } : {}), ...(layout ? { layout: { direction: layout.direction } } : {}) };
    if (layout) layouts.set(id, layout.resolve);
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
      : new Promise((resolve) => send(text, [(result, extras) => resolve({ result, ...extras })], preview));
  const withLayout: ParseClient['withLayout'] = (text, direction, preview) => {
    if (busy) return { result: parse(text).then((result) => ({ result })), layout: Promise.resolve(null) };
    let resolveLayout: (l: LayoutResult | null) => void = () => undefined;
    const layout = new Promise<LayoutResult | null>((resolve) => (resolveLayout = resolve));
    const result = new Promise<{ readonly result: ParseResult } & ParseExtras>((resolve) => send(text, [(r, extras) => resolve({ result: r, ...extras })], preview, { direction, resolve: resolveLayout }));
    return { result, layout };
  };
  return { parse, withPreview, withLayout, prepare: () => void start() };
}
