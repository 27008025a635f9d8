import { lazy, Suspense } from 'react';
import { Canvas } from '@/canvas/Canvas';
import { useAppStore } from '@/store/useAppStore';
import { DetailsPanel } from './DetailsPanel';
import { EditorPane } from './EditorPane';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Legend } from './Legend';
import { NoticeBanner } from './NoticeBanner';
import { StaleBanner } from './StaleBanner';
import { TID } from './testIds';
import { useFileDrop } from './useFileDrop';
import { usePasteToOpen } from './usePasteToOpen';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useCanvasShortcuts } from './useCanvasShortcuts';
import { LayoutStatus } from './LayoutStatus';

// Simulate mode's panel loads when the mode is first entered (most visits never do).
const SimPanel = lazy(() => import('./sim/SimPanel').then((m) => ({ default: m.SimPanel })));

/** The app shell: header with the toolbar, the canvas with its overlays, the details panel. */
export function App() {
  const theme = useAppStore((s) => s.theme);
  const embed = useAppStore((s) => s.embed);
  const docNonce = useAppStore((s) => s.docNonce);
  const editorOpen = useAppStore((s) => s.editorOpen);
  const simulating = useAppStore((s) => s.sim !== null);
  const dragging = useFileDrop(!embed);
  usePasteToOpen(!embed);
  useUndoShortcuts(!embed);
  useCanvasShortcuts(!embed);
  return (
    <div className={`osop-app osop-theme-${theme}${embed ? ' osop-app--embed' : ''}`} data-testid={TID.app} data-theme={theme} data-doc-nonce={docNonce}>
      {!embed && <Header />}
      <main className="osop-main">
        {editorOpen && <EditorPane />}
        <section className="osop-stage" aria-label="Workflow diagram">
          <ErrorBoundary label="The diagram">
            <Canvas />
          </ErrorBoundary>
          <div className="osop-overlay-top">
            <NoticeBanner />
            <StaleBanner />
          </div>
          <LayoutStatus />
          <Legend />
          {embed && <EmbedBar />}
          {dragging && (
            <div className="osop-drop" data-testid={TID.dropOverlay}>
              Drop an OSOP workflow file to open it
            </div>
          )}
        </section>
        {/* Simulate mode's panel takes the details panel's place (it shows the selection too). */}
        {simulating ? (
          <Suspense fallback={<section className="osop-sim" aria-label="Simulation" aria-busy="true" />}>
            <SimPanel />
          </Suspense>
        ) : (
          <DetailsPanel />
        )}
      </main>
    </div>
  );
}

function EmbedBar() {
  const name = useAppStore((s) => s.graph?.meta.name ?? s.graph?.meta.id ?? 'Workflow');
  const href = `${location.pathname}${location.hash}`;
  return (
    <div className="osop-embedbar">
      <span className="osop-embedbar__name" data-testid={TID.workflowName}>
        {name}
      </span>
      <a href={href} target="_blank" rel="noopener">
        Open in editor
      </a>
    </div>
  );
}
