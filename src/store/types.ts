/**
 * The app state: one zustand store made of slices. Only actions change state; components
 * select narrowly. The YAML text is the source of truth: `graph`, `diagram` and `layout`
 * are derived from it.
 */
import type { LayoutResult } from '@/layout/protocol';
import type { EditOp, TextChange } from '@/model/edits';
import type { LayoutDirection, ParseResult, WorkflowGraph } from '@/model/types';
import type { Diagram } from '@/render/diagram';
import type { SimSlice } from './simTypes';

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
  /** Goes away by itself after a few seconds (confirmations such as "Saved …"). */
  readonly transient?: boolean;
}

/** Where a selection was made: the editor does not scroll to a selection it made itself. */
export type SelectionOrigin = 'canvas' | 'editor' | 'panel';

export type Selection =
  | { readonly kind: 'node'; readonly id: string; readonly origin?: SelectionOrigin }
  | { readonly kind: 'edge'; readonly id: string; readonly origin?: SelectionOrigin }
  | null;

/** A request to show a place of the text in the editor (from "go to line" links). */
export interface RevealRequest {
  readonly line: number;
  readonly col: number;
  readonly nonce: number;
}

export type Theme = 'light' | 'dark';

/** Who changed the text: typing, a canvas gesture, undo/redo, or opening a document. */
export type TextOrigin = 'editor' | 'canvas' | 'history' | 'load';

/** A replacement of `[start, end)` of the previous text by `text`. */
export type { TextChange } from '@/model/edits';

/**
 * The latest change of the text, for views that mirror it (the editor applies `changes` — or a
 * minimal diff when absent — instead of replacing everything, so cursor and folds stay put).
 */
export interface TextUpdate {
  readonly seq: number;
  readonly origin: TextOrigin;
  /** The text before this change. */
  readonly previous: string;
  readonly changes?: readonly TextChange[];
}

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
  lastUpdate: TextUpdate;
  /**
   * The one way to change the text (typing, canvas edits, undo/redo): parses it (off the main
   * thread when large), keeps the last good graph and records undo history. `predicted` is the
   * parse of `text` when the caller already knows it (a local inspector edit): it is shown at
   * once and checked against a real parse afterwards.
   */
  setText: (text: string, origin: TextOrigin, changes?: readonly TextChange[], predicted?: ParseResult) => void;
  /** Opens a new document (from a file, link, example…): undoable, and the canvas fits to it. */
  loadDocument: (text: string, source: DocSource) => void;
  /** The text as it was opened or last saved: the document has unsaved changes while `text` differs. */
  savedText: string;
  /** Records that `text` was written to a file. */
  markSaved: (text: string) => void;
}

export interface HistorySlice {
  /** Earlier texts, oldest first. */
  past: readonly string[];
  /** Texts undone, the next redo last. */
  future: readonly string[];
  undo: () => void;
  redo: () => void;
}

export type LayoutStatus = 'idle' | 'running' | 'done' | 'error';

export interface ViewSlice {
  /** Direction chosen in the toolbar or `?dir=`, overriding `x-layout.direction`. */
  dirOverride: LayoutDirection | null;
  /** The diagram of `graph` in the effective direction. */
  diagram: Diagram | null;
  /** What the canvas draws: a diagram and the layout computed for it. */
  shown: {
    readonly graph: WorkflowGraph;
    readonly diagram: Diagram;
    readonly layout: LayoutResult;
    /** A quick first layout drawn while ELK loads; the final one replaces it. */
    readonly provisional?: boolean;
  } | null;
  layoutStatus: LayoutStatus;
  layoutError: string | null;
  setDirection: (dir: LayoutDirection | null) => void;
}

export interface UiSlice {
  selection: Selection;
  /** Whether the YAML editor pane is shown (never in embed views). */
  editorOpen: boolean;
  revealRequest: RevealRequest | null;
  theme: Theme;
  notice: Notice | null;
  embed: boolean;
  select: (selection: Selection) => void;
  setEditorOpen: (open: boolean) => void;
  /** Opens the editor at a line and column of the text. */
  revealInEditor: (line: number, col: number) => void;
  setTheme: (theme: Theme) => void;
  showNotice: (notice: Notice | null) => void;
}

export interface EditSlice {
  /** The last nodes copied on the canvas, as a YAML fragment (also put on the system clipboard). */
  clipboard: string | null;
  /** Applies a canvas/inspector edit to the text; false (with a notice) when refused. */
  applyEdit: (op: EditOp) => boolean;
  /** Copies the selected node; returns the fragment, or null when nothing is selected. */
  copySelection: () => string | null;
}

export type AppState = DocumentSlice & HistorySlice & EditSlice & ViewSlice & UiSlice & SimSlice;
