import { useState } from 'react';
import { Download } from 'lucide';
import { Icon } from '@/canvas/Icon';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import type { Theme } from '@/store/types';
import { Popover } from '../Popover';
import { fileBase } from './snippets';

/** "Export SVG" / "Export PNG" (2×) of the whole diagram, light or dark. */
export function ExportMenu() {
  const store = useAppStoreApi();
  const appTheme = useAppStore((s) => s.theme);
  const ready = useAppStore((s) => s.shown !== null);
  const [theme, setTheme] = useState<Theme | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = theme ?? appTheme;
  const run = async (kind: 'svg' | 'png') => {
    const state = store.getState();
    const shown = state.shown;
    if (!shown) return;
    setBusy(true);
    try {
      const { diagramSvg, svgToPng, download } = await import('./exportImage');
      const svg = await diagramSvg(shown, chosen, state.text);
      const stem = `${fileBase(shown.graph.meta.id ?? shown.graph.meta.name ?? 'workflow')}-${chosen}`;
      if (kind === 'svg') download(svg, `${stem}.svg`);
      else download(await svgToPng(svg, 2), `${stem}.png`, 'image/png');
    } catch (e) {
      state.showNotice({ kind: 'error', title: `Export ${kind.toUpperCase()} failed`, detail: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popover label="Export" align="right" icon={<Icon icon={Download} size={15} />}>
      {() => (
        <div className="osop-menu osop-export">
          <div className="osop-segmented" role="group" aria-label="Export theme">
            {(['light', 'dark'] as const).map((t) => (
              <button key={t} type="button" aria-pressed={chosen === t} onClick={() => setTheme(t)}>
                {t === 'light' ? 'Light' : 'Dark'}
              </button>
            ))}
          </div>
          <button type="button" disabled={!ready || busy} onClick={() => void run('svg')}>
            Export SVG
          </button>
          <button type="button" disabled={!ready || busy} onClick={() => void run('png')}>
            Export PNG
          </button>
          <p className="osop-menu__hint">Drawn from the workflow, with the YAML inside the SVG: drop it back here to reopen it.</p>
        </div>
      )}
    </Popover>
  );
}
