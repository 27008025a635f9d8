import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from '../testIds';

/** The run log in words, one button per step: clicking one shows the run at that step. */
export function SimLog() {
  const store = useAppStoreApi();
  const log = useAppStore((s) => s.sim?.log);
  const view = useAppStore((s) => s.sim?.viewStep ?? null);
  const last = useAppStore((s) => s.sim?.head?.stepCount ?? 0);
  const list = useRef<HTMLOListElement>(null);
  const current = view ?? last;
  // Keep the latest entry in sight while the run goes on (not while looking back).
  useEffect(() => {
    if (view !== null) return;
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [log, view]);
  if (!log) return null;
  return (
    <section className="osop-sim-section" aria-labelledby="sim-log-title">
      <h3 id="sim-log-title">Run log</h3>
      <ol className="osop-sim-log" ref={list} data-testid={TID.simLog}>
        {log.map((entry) => {
          const shown = entry.step === current || (entry.step < current && !log.some((e) => e.step > entry.step && e.step <= current));
          return (
            <li key={entry.step} className={`osop-sim-log__entry osop-sim-log__entry--${entry.kind}`}>
              <button
                type="button"
                aria-current={shown ? 'step' : undefined}
                title={entry.step === last ? 'The latest step' : 'Show the run at this step'}
                onClick={() => store.getState().viewSimStep(entry.step >= last ? null : entry.step)}
              >
                <span className="osop-sim-log__step">{entry.step}</span>
                <span className="osop-sim-log__text">{entry.text}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
