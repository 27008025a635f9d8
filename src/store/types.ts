/**
 * The app state: one zustand store made of slices. Only actions change state; components
 * select narrowly. The YAML text is the source of truth: `graph`, `diagram` and `layout`
 * are derived from it.
 */
import type { LayoutResult } from '@/layout/protocol';
import type { LayoutDirection, ParseResult, WorkflowGraph } from '@/model/types';
import type { Diagram } from '@/render/diagram';

export type DocSourceKind = 'example' | 'link' | 'file' | 'paste' | 'url' | 'autosave' | 'drop';

export interface DocSource {
  readonly kind: DocSourceKind;
  /** File name, example title or URL shown in the header. */
  readonly name?: string;
}

export type NoticeKind = 'error' | 'warning' | 'info';

/** A message for the user about something that happened (a failed load, a bad link…). */
export interface Notice {
  readonly kind: NoticeKind;
  readonly title: string;
  readonly detail?: string;
}

export type Selection = { readonly kind: 'node'; readonly id: string } | { readonly kind: 'edge'; readonly id: string } | null;

export type Theme = 'light' | 'dark';

export interface DocumentSlice {
  text: string;
  parse: ParseResult;
  /** The last graph that could be drawn (from this text or an earlier one). */
  graph: WorkflowGraph | null;
  /** True when `text` cannot be drawn and `graph` comes from an earlier text. */
  stale: boolean;
  /** True while a large text is being parsed off the main thread (`parse` is from an earlier text). */
  parsing: boolean;
  source: DocSource;
  /** Increments whenever a new document is opened (not on edits): the canvas fits to view. */
  docNonce: number;
  /** Opens a new document (from a file, link, example…). */
  loadDocument: (text: string, source: DocSource) => void;
}

export type LayoutStatus = 'idle' | 'running' | 'done' | 'error';

export interface ViewSlice {
  /** Direction chosen in the toolbar or `?dir=`, overriding `x-layout.direction`. */
  dirOverride: LayoutDirection | null;
  /** The diagram of `graph` in the effective direction. */
  diagram: Diagram | null;
  /** What the canvas draws: a diagram and the layout computed for it. */
  shown: { readonly graph: WorkflowGraph; readonly diagram: Diagram; readonly layout: LayoutResult } | null;
  layoutStatus: LayoutStatus;
  layoutError: string | null;
  setDirection: (dir: LayoutDirection) => void;
}

export interface UiSlice {
  selection: Selection;
  theme: Theme;
  notice: Notice | null;
  embed: boolean;
  select: (selection: Selection) => void;
  setTheme: (theme: Theme) => void;
  showNotice: (notice: Notice | null) => void;
}

export type AppState = DocumentSlice & ViewSlice & UiSlice;
