import { useRef, useState } from 'react';
import { FileDown, FileUp } from 'lucide';
import { Icon } from '@/canvas/Icon';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from '../testIds';
import { downloadText, safeFileName } from './download';

/** Export the run as `.osoplog.yaml`; replay a recorded one on the canvas. */
export function SimFiles() {
  const store = useAppStoreApi();
  const replay = useAppStore((s) => s.sim?.replay ?? null);
  const ready = useAppStore((s) => s.sim?.phase === 'ready');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const exportRun = () => {
    const text = store.getState().exportSimRun();
    if (text !== null) downloadText(`${safeFileName(store.getState().graph?.meta.id)}.osoplog.yaml`, text);
  };
  const open = async (file: File) => {
    setError(await store.getState().loadSimReplay(await file.text()));
  };
  return (
    <section className="osop-sim-section" aria-labelledby="sim-files-title">
      <h3 id="sim-files-title">Run records</h3>
      {replay && (
        <div className="osop-sim-replay" data-testid={TID.simReplay}>
          <p>
            Replaying run <code>{replay.runId || '(no id)'}</code> · recorded status {replay.status}
            {replay.mode !== undefined && ` · ${replay.mode}`}
          </p>
          {replay.workflowMismatch !== undefined && <p className="osop-sim-warn">Note: {replay.workflowMismatch}.</p>}
          {replay.unknownNodes.length > 0 && <p className="osop-sim-warn">Records for nodes not in this workflow: {replay.unknownNodes.join(', ')}.</p>}
          <button type="button" className="osop-btn" onClick={() => store.getState().exitSimReplay()}>
            Back to the simulation
          </button>
        </div>
      )}
      <div className="osop-sim-files">
        <button type="button" className="osop-btn" disabled={!ready} onClick={exportRun} title="Download this run as an .osoplog.yaml execution record">
          <Icon icon={FileDown} size={14} />
          <span>Export run</span>
        </button>
        <button type="button" className="osop-btn" disabled={!ready} onClick={() => input.current?.click()} title="Replay a recorded .osoplog.yaml on the canvas">
          <Icon icon={FileUp} size={14} />
          <span>Replay log…</span>
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".yaml,.yml,.osoplog,text/yaml,application/x-yaml"
          aria-label="Replay log file"
          data-testid={TID.simReplayInput}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void open(file);
          }}
        />
      </div>
      {error !== null && (
        <p className="osop-sim-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
