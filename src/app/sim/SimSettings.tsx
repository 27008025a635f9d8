import { X } from 'lucide';
import { Icon } from '@/canvas/Icon';
import type { FailureSpec } from '@/store/simTypes';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';

const describeFailure = (f: FailureSpec): string =>
  f.mode === 'fail' ? 'fails' : f.mode === 'timeout' ? 'times out' : `fails ${f.times ?? 1}× then succeeds`;

/** Iteration guard, and the breakpoints and injected failures set on nodes. */
export function SimSettings() {
  const store = useAppStoreApi();
  const guard = useAppStore((s) => s.sim?.guard ?? 10);
  const breakpoints = useAppStore((s) => s.sim?.breakpoints);
  const failures = useAppStore((s) => s.sim?.failures);
  const replay = useAppStore((s) => s.sim?.replay != null);
  const act = store.getState();
  return (
    <section className="osop-sim-section" aria-labelledby="sim-settings-title">
      <h3 id="sim-settings-title">Run settings</h3>
      {!replay && (
        <div className="osop-sim-row osop-sim-row--wide">
          <label htmlFor="sim-guard" title="Most times one node may run (loops count against it)">
            Iteration guard
          </label>
          <input id="sim-guard" className="osop-sim-input osop-mono" type="number" min={1} max={1000} value={guard} onChange={(e) => act.setSimGuard(Number(e.target.value) || 1)} />
        </div>
      )}
      <ul className="osop-sim-chips" aria-label="Breakpoints and failures">
        {(breakpoints ?? []).map((id) => (
          <li key={`bp:${id}`} className="osop-sim-chip osop-sim-chip--bp">
            <button type="button" className="osop-sim-chip__name" onClick={() => act.select({ kind: 'node', id, origin: 'panel' })}>
              ● {id}
            </button>
            <button type="button" aria-label={`Remove the breakpoint on ${id}`} onClick={() => act.toggleSimBreakpoint(id)}>
              <Icon icon={X} size={11} />
            </button>
          </li>
        ))}
        {!replay &&
          Object.entries(failures ?? {}).map(([id, f]) => (
            <li key={`f:${id}`} className="osop-sim-chip osop-sim-chip--fail">
              <button type="button" className="osop-sim-chip__name" onClick={() => act.select({ kind: 'node', id, origin: 'panel' })}>
                {id} {describeFailure(f)}
              </button>
              <button type="button" aria-label={`${id} succeeds again`} onClick={() => act.setSimFailure(id, null)}>
                <Icon icon={X} size={11} />
              </button>
            </li>
          ))}
      </ul>
      <p className="osop-sim-hint">Click a node to set a breakpoint on it or make it fail.</p>
    </section>
  );
}
