import { useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import { Check, Link, Pencil, Save, Trash2 } from 'lucide';
import { Icon } from '@/canvas/Icon';
import { buildEditorLink } from '@/share';
import type { SimScenario } from '@/store/simTypes';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from '../testIds';

/** Named sets of values for this workflow: save, apply, rename, delete, copy as a link. */
export function SimScenarios() {
  const store = useAppStoreApi();
  const all = useAppStore((s) => s.simScenarios);
  const workflowId = useAppStore((s) => s.graph?.meta.id ?? '');
  const current = useAppStore((s) => s.sim?.scenarioId ?? null);
  const replay = useAppStore((s) => s.sim?.replay != null);
  const [name, setName] = useState('');
  if (replay) return null;
  const mine = all.filter((x) => x.workflowId === workflowId);
  const save = (e: SyntheticEvent) => {
    e.preventDefault();
    if (name.trim() === '') return;
    store.getState().saveSimScenario(name);
    setName('');
  };
  return (
    <section className="osop-sim-section" aria-labelledby="sim-scenarios-title" data-testid={TID.simScenarios}>
      <h3 id="sim-scenarios-title">Scenarios</h3>
      <form className="osop-sim-save" onSubmit={save}>
        <input className="osop-sim-input" aria-label="Scenario name" placeholder="e.g. 2% errors at 10%" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="osop-btn" disabled={name.trim() === ''}>
          <Icon icon={Save} size={14} />
          <span>Save scenario</span>
        </button>
      </form>
      {mine.length > 0 && (
        <ul className="osop-sim-scenarios">
          {mine.map((x) => (
            <ScenarioRow key={x.id} scenario={x} current={x.id === current} />
          ))}
        </ul>
      )}
      <p className="osop-sim-hint">Kept in this browser. The address bar always carries the values on screen (&amp;sim=), so copying it shares them.</p>
    </section>
  );
}

function ScenarioRow({ scenario, current }: { readonly scenario: SimScenario; readonly current: boolean }) {
  const store = useAppStoreApi();
  const [editing, setEditing] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const commit = () => {
    if (editing !== null && editing.trim() !== '') store.getState().renameSimScenario(scenario.id, editing);
    setEditing(null);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setEditing(null);
  };
  const copy = () => {
    const link = buildEditorLink(location.href, store.getState().text, { sim: scenario.values });
    void navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <li className={current ? 'osop-sim-scenario osop-sim-scenario--current' : 'osop-sim-scenario'}>
      {editing !== null ? (
        <input className="osop-sim-input" aria-label={`New name for ${scenario.name}`} value={editing} autoFocus onChange={(e) => setEditing(e.target.value)} onBlur={commit} onKeyDown={onKey} />
      ) : (
        <button type="button" className="osop-sim-scenario__name" aria-pressed={current} title="Use these values" onClick={() => store.getState().applySimScenario(scenario.id)}>
          {current && <Icon icon={Check} size={13} />}
          <span>{scenario.name}</span>
        </button>
      )}
      <button type="button" className="osop-icon-btn" aria-label={`Copy a link to ${scenario.name}`} title={copied ? 'Copied' : 'Copy a link that opens these values'} onClick={copy}>
        <Icon icon={copied ? Check : Link} size={13} />
      </button>
      <button type="button" className="osop-icon-btn" aria-label={`Rename ${scenario.name}`} title="Rename" onClick={() => setEditing(scenario.name)}>
        <Icon icon={Pencil} size={13} />
      </button>
      <button type="button" className="osop-icon-btn osop-icon-btn--danger" aria-label={`Delete ${scenario.name}`} title="Delete" onClick={() => store.getState().deleteSimScenario(scenario.id)}>
        <Icon icon={Trash2} size={13} />
      </button>
    </li>
  );
}
