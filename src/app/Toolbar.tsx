import { lazy, Suspense, useRef, useState } from 'react';
import { Icon } from '@/canvas/Icon';
import { BookOpen, ClipboardPaste, Code, FileUp, LayoutGrid, Link2, Moon, Redo2, Save, Share2, Sun, TriangleAlert, Undo2 } from 'lucide';
import { ExportMenu } from './share/ExportMenu';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { effectiveDirection } from '@/store/layoutEffect';
import { Popover } from './Popover';
import { ProblemsList } from './ProblemsList';
import { TID } from './testIds';
import { useOpenFile } from './useOpenFile';
import { useSave } from './useSave';
import { SimulateButton } from './sim/SimulateButton';

// The dialogs load when first opened: the first drawing does not wait for their code.
const ShareDialog = lazy(() => import('./share/ShareDialog').then((m) => ({ default: m.ShareDialog })));
const Gallery = lazy(() => import('./Gallery').then((m) => ({ default: m.Gallery })));
const PasteDialog = lazy(() => import('./OpenDialogs').then((m) => ({ default: m.PasteDialog })));
const OpenUrlDialog = lazy(() => import('./OpenDialogs').then((m) => ({ default: m.OpenUrlDialog })));

/** Open, examples, direction, theme and problems. */
export function Toolbar() {
  const store = useAppStoreApi();
  const theme = useAppStore((s) => s.theme);
  const direction = useAppStore(effectiveDirection);
  const problemCount = useAppStore((s) => s.parse.diagnostics.filter((d) => d.severity !== 'info').length);
  const diagnosticCount = useAppStore((s) => s.parse.diagnostics.length);
  const editorOpen = useAppStore((s) => s.editorOpen);
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const [dialog, setDialog] = useState<'paste' | 'url' | 'share' | 'gallery' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const openFile = useOpenFile();
  const pinned = useAppStore((s) => Object.keys(s.graph?.layout.pinned ?? {}).length);
  const editable = useAppStore((s) => !s.stale && !s.parsing);
  const unsaved = useAppStore((s) => s.text !== s.savedText);
  const save = useSave(true);
  /** Writes `x-layout.direction` when the document can be edited; otherwise only the view turns. */
  const chooseDirection = (d: 'DOWN' | 'RIGHT') => {
    const state = store.getState();
    if (editable && state.applyEdit({ type: 'layout.direction', direction: d })) state.setDirection(null);
    else state.setDirection(d);
  };
  return (
    <nav className="osop-toolbar" aria-label="Toolbar">
      <button type="button" className="osop-btn" aria-pressed={editorOpen} onClick={() => store.getState().setEditorOpen(!editorOpen)} title="Show or hide the YAML editor">
        <Icon icon={Code} size={15} />
        <span>YAML</span>
      </button>
      <div className="osop-segmented" role="group" aria-label="History">
        <button type="button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={() => store.getState().undo()}>
          <Icon icon={Undo2} size={15} />
        </button>
        <button type="button" aria-label="Redo" title="Redo (Shift+Ctrl+Z)" disabled={!canRedo} onClick={() => store.getState().redo()}>
          <Icon icon={Redo2} size={15} />
        </button>
      </div>
      <Popover label="Open" icon={<Icon icon={FileUp} size={15} />}>
        {(close) => (
          <div role="menu" className="osop-menu">
            <button type="button" role="menuitem" onClick={() => { close(); fileInput.current?.click(); }}>
              <Icon icon={FileUp} size={15} /> Open file…
            </button>
            <button type="button" role="menuitem" onClick={() => { close(); setDialog('paste'); }}>
              <Icon icon={ClipboardPaste} size={15} /> Paste YAML…
            </button>
            <button type="button" role="menuitem" onClick={() => { close(); setDialog('url'); }}>
              <Icon icon={Link2} size={15} /> Open from URL…
            </button>
            <p className="osop-menu__hint">Tip: drop a file anywhere, or paste YAML with Ctrl+V.</p>
          </div>
        )}
      </Popover>
      <button
        type="button"
        className={unsaved ? 'osop-btn osop-btn--unsaved' : 'osop-btn'}
        onClick={() => void save()}
        title={unsaved ? 'Save to a file (Ctrl+S) — there are unsaved changes' : 'Save to a file (Ctrl+S)'}
        aria-label="Save"
        data-unsaved={unsaved ? 'true' : 'false'}
      >
        <Icon icon={Save} size={15} />
        <span>Save</span>
      </button>
      <input
        ref={fileInput}
        type="file"
        hidden
        accept=".osop,.yaml,.yml,.json,.svg,text/yaml,application/x-yaml"
        data-testid={TID.fileInput}
        aria-label="Open a workflow file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openFile(file, 'file');
        }}
      />
      <button type="button" className="osop-btn" title="Examples" onClick={() => setDialog('gallery')}>
        <Icon icon={BookOpen} size={15} />
        <span>Examples</span>
      </button>
      <div className="osop-segmented" role="group" aria-label="Layout direction">
        {(['DOWN', 'RIGHT'] as const).map((d) => (
          <button key={d} type="button" aria-pressed={direction === d} onClick={() => chooseDirection(d)}>
            {d === 'DOWN' ? 'Top → bottom' : 'Left → right'}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="osop-btn"
        disabled={pinned === 0}
        title={pinned === 0 ? 'No node has a pinned position' : `Let ELK place the ${pinned} pinned node${pinned === 1 ? '' : 's'} again (removes x-layout.nodes)`}
        onClick={() => store.getState().applyEdit({ type: 'layout.reset' })}
      >
        <Icon icon={LayoutGrid} size={15} />
        <span>Auto layout</span>
      </button>
      <SimulateButton />
      <Popover
        label="Problems"
        align="right"
        icon={<Icon icon={TriangleAlert} size={15} />}
        badge={diagnosticCount > 0 ? <span className={problemCount > 0 ? 'osop-count osop-count--warn' : 'osop-count'}>{diagnosticCount}</span> : undefined}
      >
        {() => <ProblemsList />}
      </Popover>
      <button
        type="button"
        className="osop-btn osop-btn--icon"
        aria-label={theme === 'dark' ? 'Use light theme' : 'Use dark theme'}
        title={theme === 'dark' ? 'Use light theme' : 'Use dark theme'}
        onClick={() => store.getState().setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        <Icon icon={theme === 'dark' ? Sun : Moon} size={16} />
      </button>
      <button type="button" className="osop-btn" title="Share: links, embed and snippets" onClick={() => setDialog('share')}>
        <Icon icon={Share2} size={15} />
        <span>Share</span>
      </button>
      <ExportMenu />
      <Suspense fallback={null}>
        {dialog === 'share' && <ShareDialog onClose={() => setDialog(null)} />}
        {dialog === 'gallery' && <Gallery onClose={() => setDialog(null)} />}
        {dialog === 'paste' && <PasteDialog onClose={() => setDialog(null)} />}
        {dialog === 'url' && <OpenUrlDialog onClose={() => setDialog(null)} />}
      </Suspense>
    </nav>
  );
}
