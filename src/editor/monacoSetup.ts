/**
 * One-time Monaco setup, from the app's own bundle (no CDN): workers through Vite `?worker`
 * imports, @monaco-editor/react pointed at this Monaco, monaco-yaml with the OSOP schema, and
 * the editor themes. Imported only by the lazily loaded editor, so viewer and embed pages never
 * fetch any of it.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import { OSOP_EDITOR_SCHEMA, withNodeIds } from './schema/osopSchema';
import YamlWorker from './yaml.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
    /** Monaco's API, as the classic Monaco build exposes it (automation and extensions use it). */
    monaco?: typeof monaco;
  }
}

window.MonacoEnvironment = {
  getWorker: (_moduleId: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

loader.config({ monaco });
window.monaco = monaco;

export const SCHEMA_URI = 'https://osop-canvas.local/schema/osop.json';
export const MODEL_URI = 'file:///workflow.osop.yaml';

const yaml = configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  hover: true,
  hoverSchemaSource: false,
  completion: true,
  validate: true,
  schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema: OSOP_EDITOR_SCHEMA }],
});

let lastIds = '';
/** Lets `from`/`to`/`default_to`/case targets complete the document's node ids. */
export function setSchemaNodeIds(ids: readonly string[]): void {
  const key = ids.join('\n');
  if (key === lastIds) return;
  lastIds = key;
  void yaml.update({ schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema: withNodeIds(OSOP_EDITOR_SCHEMA, ids) }] });
}

monaco.editor.defineTheme('osop-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editor.lineHighlightBackground': '#f1f5f9' },
});
monaco.editor.defineTheme('osop-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#0f1526', 'editor.lineHighlightBackground': '#182034' },
});

export { monaco };
