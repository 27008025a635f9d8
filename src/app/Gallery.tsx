import { useEffect, useRef, useState } from 'react';
import { EXAMPLES, type Example } from '@/examples';
import { createLayoutClient } from '@/layout/layoutClient';
import { parseWorkflow } from '@/model/parse';
import { buildDiagram } from '@/render/diagram';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';

interface Card {
  readonly example: Example;
  readonly nodes: number;
  readonly edges: number;
}

let cards: readonly Card[] | undefined;
/** The gallery cards, parsed on first use (never while the app starts). */
function galleryCards(): readonly Card[] {
  cards ??= EXAMPLES.map((example) => {
    const graph = parseWorkflow(example.text).graph;
    return { example, nodes: graph?.nodes.length ?? 0, edges: graph?.edges.length ?? 0 };
  });
  return cards;
}

/**
 * Draws the thumbnails one after another in a worker of their own (so they never supersede the
 * canvas's layout), with the export renderer; each arrives as it is ready.
 */
function useThumbnails(theme: 'light' | 'dark'): Readonly<Record<string, string>> {
  const [thumbs, setThumbs] = useState<Record<string, string>>({});
  useEffect(() => {
    const run = { cancelled: false };
    const stopped = () => run.cancelled;
    const client = createLayoutClient();
    const urls: string[] = [];
    void (async () => {
      const { renderSvg } = await import('@/render/svg');
      for (const { example } of galleryCards()) {
        const graph = parseWorkflow(example.text).graph;
        if (!graph || stopped()) continue;
        const diagram = buildDiagram(graph, graph.layout.direction ?? 'DOWN');
        try {
          const layout = await client.layout(diagram.request);
          if (stopped()) return;
          const svg = renderSvg({ graph, diagram, layout, theme, header: false, legend: false });
          const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
          urls.push(url);
          setThumbs((t) => ({ ...t, [example.id]: url }));
        } catch {
          // A thumbnail that cannot be drawn stays a placeholder.
        }
      }
    })();
    return () => {
      run.cancelled = true;
      client.terminate();
      for (const u of urls) URL.revokeObjectURL(u);
    };
  }, [theme]);
  return thumbs;
}

/** The examples: reference workflow first, then ours, with counts and thumbnails. */
export function Gallery({ onClose }: { readonly onClose: () => void }) {
  const store = useAppStoreApi();
  const theme = useAppStore((s) => s.theme);
  const thumbs = useThumbnails(theme);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const open = (ex: Example) => {
    store.getState().loadDocument(ex.text, { kind: 'example', name: ex.title });
    store.getState().showNotice(null);
    onClose();
  };
  return (
    <dialog ref={ref} className="osop-dialog osop-gallery" aria-label="Examples" data-testid="gallery" onClose={onClose} onCancel={onClose}>
      <h2>Examples</h2>
      <ul className="osop-gallery__grid">
        {galleryCards().map(({ example, nodes, edges }) => (
          <li key={example.id}>
            <button type="button" className="osop-gallery__card" onClick={() => open(example)} aria-label={`Open ${example.title}`}>
              <span className="osop-gallery__thumb">
                {thumbs[example.id] !== undefined ? <img src={thumbs[example.id]} alt="" /> : <span className="osop-muted">Drawing…</span>}
              </span>
              <span className="osop-gallery__title">{example.title}</span>
              <span className="osop-gallery__meta">
                {example.category} · {nodes} nodes · {edges} edges
              </span>
              <span className="osop-gallery__desc">{example.description}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="osop-dialog__actions">
        <button type="button" className="osop-btn" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
