import { useEffect, useRef, useState, type SyntheticEvent, type ReactNode } from 'react';
import { checkSourceUrl } from '@/share';
import { useAppStoreApi } from '@/store/useAppStore';
import { fetchWorkflow } from './loadSources';
import { TID } from './testIds';

function Dialog({ title, testId, onClose, children }: { readonly title: string; readonly testId: string; readonly onClose: () => void; readonly children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="osop-dialog" data-testid={testId} aria-label={title} onClose={onClose} onCancel={onClose}>
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}

/** Paste YAML text to open it. */
export function PasteDialog({ onClose }: { readonly onClose: () => void }) {
  const store = useAppStoreApi();
  const [text, setText] = useState('');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (text.trim() === '') return;
    store.getState().loadDocument(text, { kind: 'paste', name: 'Pasted YAML' });
    store.getState().showNotice(null);
    onClose();
  };
  return (
    <Dialog title="Paste an OSOP workflow" testId={TID.pasteDialog} onClose={onClose}>
      <form onSubmit={submit}>
        <textarea
          data-testid={TID.pasteText}
          aria-label="Workflow YAML"
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          placeholder={'osop_version: "1.0"\nid: my-workflow\nnodes:\n  - id: start\n    type: cli\nedges: []'}
          autoFocus
        />
        <div className="osop-dialog__actions">
          <button type="button" className="osop-btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="osop-btn osop-btn--primary" disabled={text.trim() === ''}>
            Open
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Open a workflow from an https address (raw file). */
export function OpenUrlDialog({ onClose }: { readonly onClose: () => void }) {
  const store = useAppStoreApi();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const checked = checkSourceUrl(url.trim());
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    const result = await fetchWorkflow(checked.value);
    setBusy(false);
    if (!result.ok) {
      setError(`${result.error.title}. ${result.error.detail}`);
      return;
    }
    store.getState().loadDocument(result.value, { kind: 'url', name: checked.value });
    store.getState().showNotice(null);
    onClose();
  };
  return (
    <Dialog title="Open a workflow from a URL" testId={TID.urlDialog} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <input type="url" aria-label="Workflow URL" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://raw.githubusercontent.com/…/workflow.osop.yaml" autoFocus />
        {error !== null && (
          <p className="osop-dialog__error" role="alert">
            {error}
          </p>
        )}
        <div className="osop-dialog__actions">
          <button type="button" className="osop-btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="osop-btn osop-btn--primary" disabled={busy || url.trim() === ''}>
            {busy ? 'Opening…' : 'Open'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
