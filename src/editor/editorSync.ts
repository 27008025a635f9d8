/**
 * Keeps a Monaco editor and the store in step, both ways, without loops:
 * - typing → `setText(…, 'editor')` (the store records history and parses);
 * - any other text change (canvas edit, undo/redo, opened document) → applied to the model as
 *   the change's own minimal edits (or a minimal diff), so cursor, folds and scroll stay put;
 * - Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y) → the store's one history;
 * - diagnostics → markers; canvas selection → revealed and highlighted lines; cursor moves →
 *   canvas selection; "go to line" requests → cursor and focus.
 */
import type { StoreApi } from 'zustand/vanilla';
import { elementAt } from '@/model/sourceMap';
import type { SourceRange, WorkflowGraph } from '@/model/types';
import type { AppState, TextChange } from '@/store/types';
import { toMarkers } from './markers';
import { monaco, setSchemaNodeIds } from './monacoSetup';
import { minimalChange } from './textDiff';

type Editor = monaco.editor.IStandaloneCodeEditor;

function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
}

function selectionRange(graph: WorkflowGraph | null, state: AppState): SourceRange | undefined {
  const sel = state.selection;
  if (!sel || !graph) return undefined;
  if (sel.kind === 'node') return graph.nodes.find((n) => n.id === sel.id)?.range;
  const base = sel.id.split(':case=')[0];
  return graph.edges.find((e) => e.id === base)?.range;
}

/** Wires `editor` to `store`; returns the function that undoes all of it. */
export function connectEditor(editor: Editor, store: StoreApi<AppState>): () => void {
  const model = editor.getModel();
  if (!model) return () => undefined;
  let applying = false;
  const disposables: monaco.IDisposable[] = [];

  // Typing → store.
  disposables.push(
    model.onDidChangeContent(() => {
      if (applying) return;
      store.getState().setText(model.getValue(), 'editor');
    }),
  );

  // Store → model, as minimal edits.
  const mirror = (state: AppState) => {
    const current = model.getValue();
    if (current === state.text) return;
    const own = state.lastUpdate.changes;
    const changes: readonly TextChange[] =
      own && state.lastUpdate.previous === current ? own : [minimalChange(current, state.text)].filter((c): c is TextChange => c !== null);
    applying = true;
    try {
      editor.pushUndoStop();
      editor.executeEdits(
        'osop-canvas',
        changes.map((c) => ({ range: rangeOf(model, c.start, c.end), text: c.text, forceMoveMarkers: false })),
      );
      editor.pushUndoStop();
      // Line-ending normalisation or a change list that did not fit: fall back to the exact text.
      if (model.getValue() !== state.text && model.getValue().replace(/\r\n/g, '\n') !== state.text.replace(/\r\n/g, '\n')) {
        const rest = minimalChange(model.getValue(), state.text);
        if (rest) editor.executeEdits('osop-canvas', [{ range: rangeOf(model, rest.start, rest.end), text: rest.text }]);
      }
    } finally {
      applying = false;
    }
  };

  // One history: the store's.
  const { KeyMod, KeyCode } = monaco;
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => store.getState().undo());
  editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () => store.getState().redo());
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => store.getState().redo());

  // Diagnostics → markers; node ids → schema completion.
  const showMarkers = (state: AppState) => {
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
    monaco.editor.setModelMarkers(
      model,
      'osop',
      toMarkers(state.parse.diagnostics).map((m) => ({ ...m, severity: severity[m.severity] })),
    );
    if (state.parse.graph) setSchemaNodeIds(state.parse.graph.nodes.map((n) => n.id));
  };

  // Canvas selection → revealed, highlighted lines.
  const highlight = editor.createDecorationsCollection();
  const showSelection = (state: AppState) => {
    const range = selectionRange(state.parse.graph ?? state.graph, state);
    if (!range || state.stale) {
      highlight.clear();
      return;
    }
    const r = new monaco.Range(range.line, 1, range.endLine, 1);
    highlight.set([{ range: r, options: { isWholeLine: true, className: 'osop-editor-selected', linesDecorationsClassName: 'osop-editor-selected-gutter' } }]);
    if (state.selection?.origin !== 'editor') editor.revealRangeInCenterIfOutsideViewport(r, monaco.editor.ScrollType.Immediate);
  };

  // Cursor → canvas selection.
  disposables.push(
    editor.onDidChangeCursorPosition((e) => {
      if (applying || e.reason !== monaco.editor.CursorChangeReason.Explicit) return;
      const state = store.getState();
      const graph = state.parse.graph;
      if (!graph || state.stale) return;
      // A cursor in a line's indentation or on its `- ` belongs to what the line holds
      // (`  - id: b` is b, not the item that ended on the line before).
      const lead = /^\s*(?:-\s+)*/.exec(model.getLineContent(e.position.lineNumber))?.[0].length ?? 0;
      const column = Math.max(e.position.column, lead + 1);
      const el = elementAt(graph, model.getOffsetAt({ lineNumber: e.position.lineNumber, column }));
      const current = state.selection;
      if (!el) return;
      const next = el.kind === 'node' ? ({ kind: 'node', id: el.node.id, origin: 'editor' } as const) : ({ kind: 'edge', id: el.edge.id, origin: 'editor' } as const);
      if (current?.kind !== next.kind || current.id !== next.id) state.select(next);
    }),
  );

  // "Go to line".
  const reveal = (state: AppState) => {
    const req = state.revealRequest;
    if (!req) return;
    const pos = { lineNumber: req.line, column: req.col };
    editor.setPosition(pos);
    editor.revealPositionInCenter(pos);
    editor.focus();
  };

  const initial = store.getState();
  showMarkers(initial);
  showSelection(initial);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.text !== prev.text) mirror(state);
    if (state.parse !== prev.parse) showMarkers(state);
    if (state.selection !== prev.selection || state.parse !== prev.parse) showSelection(state);
    if (state.revealRequest !== prev.revealRequest) reveal(state);
  });
  if (initial.revealRequest) reveal(initial);
  return () => {
    unsubscribe();
    highlight.clear();
    for (const d of disposables) d.dispose();
  };
}
