import Editor, { type OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { connectEditor } from './editorSync';
import { MODEL_URI } from './monacoSetup';

/** The YAML editor (Monaco + monaco-yaml), two-way synced with the store. Loaded lazily. */
export default function YamlEditor() {
  const store = useAppStoreApi();
  const theme = useAppStore((s) => s.theme);
  const disconnect = useRef<(() => void) | null>(null);
  const onMount = useCallback<OnMount>(
    (editor) => {
      disconnect.current?.();
      disconnect.current = connectEditor(editor, store);
    },
    [store],
  );
  useEffect(() => () => disconnect.current?.(), []);
  return (
    <Editor
      path={MODEL_URI}
      defaultLanguage="yaml"
      defaultValue={store.getState().text}
      theme={theme === 'dark' ? 'osop-dark' : 'osop-light'}
      onMount={onMount}
      loading={<div className="osop-editor-loading">Loading editor…</div>}
      options={{
        automaticLayout: true,
        minimap: { enabled: false },
        fontFamily: "'JetBrains Mono', ui-monospace, Menlo, Consolas, monospace",
        fontSize: 13,
        lineHeight: 20,
        tabSize: 2,
        insertSpaces: true,
        scrollBeyondLastLine: false,
        renderWhitespace: 'selection',
        fixedOverflowWidgets: true,
        quickSuggestions: { other: true, comments: false, strings: true },
        padding: { top: 8 },
        ariaLabel: 'Workflow YAML',
      }}
    />
  );
}
