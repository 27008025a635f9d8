import { useState, type SyntheticEvent } from 'react';
import type { Pause, VariableGroup, VariableType } from '@/sim';
import type { SimValue } from '@/store/simTypes';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from '../testIds';
import { ValueInput } from './ValueInput';

/** What a paused run needs: values nobody supplied, or a branch only the user can pick. */
export function SimPrompt() {
  const pause = useAppStore((s) => (s.sim?.viewStep == null ? s.sim?.head?.paused : undefined));
  const groups = useAppStore((s) => s.sim?.groups);
  if (pause?.kind === 'missing-value') return <MissingValues pause={pause} groups={groups ?? []} />;
  if (pause?.kind === 'choose-branch') return <ChooseBranch pause={pause} />;
  return null;
}

function typeOf(groups: readonly VariableGroup[], key: string): VariableType {
  return groups.flatMap((g) => g.variables).find((v) => v.key === key)?.type ?? 'number';
}

function MissingValues({ pause, groups }: { readonly pause: Extract<Pause, { kind: 'missing-value' }>; readonly groups: readonly VariableGroup[] }) {
  const store = useAppStoreApi();
  const [given, setGiven] = useState<Readonly<Record<string, SimValue>>>({});
  const complete = pause.names.every((k) => given[k] !== undefined);
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (complete) store.getState().simProvide(given);
  };
  return (
    <form className="osop-sim-prompt" data-testid={TID.simPrompt} onSubmit={submit} aria-label="Values needed">
      <p className="osop-sim-prompt__title">
        <strong>{pause.node}</strong> needs {pause.names.length === 1 ? 'a value' : 'values'} nobody supplied
      </p>
      {pause.missing.map((m) => (
        <div key={m.key} className="osop-sim-row">
          <label htmlFor={`sim-ask-${m.key}`} className="osop-mono" title={m.reason}>
            {m.variable}
          </label>
          <ValueInput id={`sim-ask-${m.key}`} type={typeOf(groups, m.key)} value={given[m.key]} onChange={(v) => setGiven((g) => withValue(g, m.key, v))} />
        </div>
      ))}
      <button type="submit" className="osop-btn osop-btn--primary" disabled={!complete}>
        Continue
      </button>
    </form>
  );
}

function withValue(values: Readonly<Record<string, SimValue>>, key: string, value: SimValue | undefined): Record<string, SimValue> {
  const out = Object.fromEntries(Object.entries(values).filter(([k]) => k !== key));
  if (value !== undefined) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function ChooseBranch({ pause }: { readonly pause: Extract<Pause, { kind: 'choose-branch' }> }) {
  const store = useAppStoreApi();
  const graph = useAppStore((s) => s.sim?.head?.graph);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const entry = (edge: string) => graph?.edges.find((e) => e.id === edge.split(':case=')[0]);
  const target = (edge: string) => edge.split(':case=')[1] ?? entry(edge)?.to ?? edge;
  const textOf = (edge: string) => pause.conditions.find((c) => c.edge === edge)?.text ?? entry(edge)?.condition ?? '';
  if (pause.exclusive) {
    return (
      <div className="osop-sim-prompt" data-testid={TID.simPrompt} role="group" aria-label="Choose a branch">
        <p className="osop-sim-prompt__title">
          Which branch does <strong>{pause.node}</strong> take? <span className="osop-muted">“{pause.text}” cannot be evaluated.</span>
        </p>
        {pause.edges.map((edge) => (
          <button key={edge} type="button" className="osop-btn" onClick={() => store.getState().simChoose([edge])}>
            Take → {target(edge)}
          </button>
        ))}
      </div>
    );
  }
  return (
    <div className="osop-sim-prompt" data-testid={TID.simPrompt} role="group" aria-label="Choose branches">
      <p className="osop-sim-prompt__title">
        <strong>{pause.node}</strong>: these conditions cannot be evaluated. Which hold?
      </p>
      {pause.edges.map((edge) => {
        const reason = pause.conditions.find((c) => c.edge === edge);
        return (
          <label key={edge} className="osop-sim-choice">
            <input type="checkbox" checked={chosen.includes(edge)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, edge] : c.filter((x) => x !== edge)))} />
            <span>
              → <strong>{target(edge)}</strong> when <q className="osop-sim-choice__text">{textOf(edge)}</q>
              {reason !== undefined && <span className="osop-sim-choice__why">{reason.hint ?? reason.reason}</span>}
            </span>
          </label>
        );
      })}
      <button type="button" className="osop-btn osop-btn--primary" onClick={() => store.getState().simChoose(chosen)}>
        {chosen.length === 0 ? 'Take none of them' : `Take ${chosen.length === 1 ? 'this branch' : 'these branches'}`}
      </button>
    </div>
  );
}
