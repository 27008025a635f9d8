import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkSourceUrl } from '@/share';
import { useAppStore } from '@/store/useAppStore';
import { effectiveDirection } from '@/store/layoutEffect';
import { buildSnippets, fileBase, LONG_LINK_BYTES } from './snippets';

/** The app's own address, without query or fragment. */
const appBase = () => `${location.origin}${location.pathname}`;

function CopyRow({ label, value, multiline = false }: { readonly label: string; readonly value: string; readonly multiline?: boolean }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission: select the text so the user can press Ctrl+C.
      field.current?.select();
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <div className="osop-share__row">
      <label htmlFor={id}>{label}</label>
      <div className="osop-share__value">
        {multiline ? (
          <textarea ref={field} id={id} readOnly value={value} rows={Math.min(4, value.split('\n').length)} onFocus={(e) => e.target.select()} />
        ) : (
          <input ref={field} id={id} readOnly value={value} onFocus={(e) => e.target.select()} />
        )}
        <button type="button" className="osop-btn" onClick={() => void copy()} aria-label={`Copy ${label.toLowerCase()}`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

/** "error_rate_10 = 0.02, …": the values the user changed first (names without their node). */
function describeValues(values: Readonly<Record<string, unknown>>, defaults: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(values);
  const edited = entries.filter(([k, v]) => defaults[k] !== v);
  const shown = (edited.length > 0 ? edited : entries).slice(0, 3).map(([k, v]) => `${k.slice(k.lastIndexOf('.') + 1)} = ${String(v)}`);
  const more = (edited.length > 0 ? edited.length : entries.length) - shown.length;
  const rest = edited.length > 0 ? `; the others as on screen` : '';
  return `${shown.join(', ')}${more > 0 ? `, +${more} more` : ''}${rest}`;
}

/** Links and snippets to put the workflow into docs, chats and READMEs. */
export function ShareDialog({ onClose }: { readonly onClose: () => void }) {
  const text = useAppStore((s) => s.text);
  const meta = useAppStore((s) => s.graph?.meta);
  const theme = useAppStore((s) => s.theme);
  const direction = useAppStore(effectiveDirection);
  const [withView, setWithView] = useState(false);
  // While simulating, the values on screen go into the editor link (`&sim=`) unless unticked.
  const simValues = useAppStore((s) => (s.sim?.phase === 'ready' ? s.sim.values : null));
  const simDefaults = useAppStore((s) => (s.sim?.phase === 'ready' ? s.sim.defaults : null));
  const scenarioName = useAppStore((s) => (s.sim?.scenarioId ? s.simScenarios.find((c) => c.id === s.sim?.scenarioId)?.name : undefined));
  const [withSim, setWithSim] = useState(true);
  const sim = withSim && simValues !== null && Object.keys(simValues).length > 0 ? simValues : undefined;
  const [rawUrl, setRawUrl] = useState('');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const name = meta?.name ?? meta?.id ?? 'Workflow';
  const checked = rawUrl.trim() === '' ? null : checkSourceUrl(rawUrl.trim());
  const hosted = checked?.ok ? checked.value : undefined;
  const snippets = useMemo(
    () =>
      buildSnippets({
        base: appBase(),
        text,
        name,
        file: fileBase(meta?.id ?? name),
        ...(withView ? { theme, dir: direction } : {}),
        ...(sim !== undefined ? { sim } : {}),
        ...(hosted !== undefined ? { rawUrl: hosted } : {}),
      }),
    [text, name, meta?.id, withView, theme, direction, sim, hosted],
  );
  const kb = (snippets.linkBytes / 1024).toFixed(1);
  return (
    <dialog ref={ref} className="osop-dialog osop-share" aria-label="Share" data-testid="share-dialog" onClose={onClose} onCancel={onClose}>
      <h2>Share this workflow</h2>
      <p className="osop-share__intro">
        The links hold the whole document, so they open exactly this version — no server involved.{' '}
        <span className={snippets.tooLong ? 'osop-share__size osop-share__size--long' : 'osop-share__size'} data-testid="link-size">
          Link length: {kb} KB
        </span>
      </p>
      {snippets.tooLong && !checked?.ok && (
        <p className="osop-share__warn" role="status">
          This link is longer than {LONG_LINK_BYTES / 1024} KB: chat tools and some wikis cut such links. Host the YAML file (for example in a
          repository) and paste its raw address below to share a short <code>?url=</code> link instead.
        </p>
      )}
      <label className="osop-share__check">
        <input type="checkbox" checked={withView} onChange={(e) => setWithView(e.target.checked)} /> Include view settings ({theme} theme,{' '}
        {direction === 'DOWN' ? 'top to bottom' : 'left to right'})
      </label>
      {simValues !== null && Object.keys(simValues).length > 0 && (
        <label className="osop-share__check">
          <input type="checkbox" checked={withSim} onChange={(e) => setWithSim(e.target.checked)} /> Include the simulation values in the editor
          link ({scenarioName !== undefined ? `scenario “${scenarioName}”, ` : ''}
          {describeValues(simValues, simDefaults ?? {})})
        </label>
      )}
      <div className="osop-share__row">
        <label htmlFor="osop-share-raw">Raw file address (optional)</label>
        <input id="osop-share-raw" type="url" placeholder="https://raw.githubusercontent.com/…/workflow.osop.yaml" value={rawUrl} onChange={(e) => setRawUrl(e.target.value)} />
        {checked && !checked.ok && <p className="osop-dialog__error">{checked.error}</p>}
      </div>
      <CopyRow label="Editor link" value={snippets.editorLink} />
      <CopyRow label="Embed link" value={snippets.embedLink} />
      <CopyRow label="HTML iframe" value={snippets.iframe} multiline />
      <CopyRow label="Markdown (image + link)" value={snippets.markdown} multiline />
      <CopyRow label="GitHub picture (light and dark)" value={snippets.picture} multiline />
      <p className="osop-share__hint">
        The Markdown and picture snippets show images saved next to your document: use “Export SVG” (light and dark) and save them as{' '}
        <code>{fileBase(meta?.id ?? name)}.svg</code>, <code>{fileBase(meta?.id ?? name)}-light.svg</code> and{' '}
        <code>{fileBase(meta?.id ?? name)}-dark.svg</code>.
      </p>
      <div className="osop-dialog__actions">
        <button type="button" className="osop-btn osop-btn--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}
