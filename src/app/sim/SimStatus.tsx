import { describeStatus } from '@/store/simSession';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from '../testIds';

/** What the run on display is doing, announced politely to screen readers. */
export function SimStatus() {
  const shown = useAppStore((s) => s.sim?.shown ?? null);
  const phase = useAppStore((s) => s.sim?.phase);
  const error = useAppStore((s) => s.sim?.error);
  const status = shown?.paused !== undefined ? 'paused' : (shown?.status ?? 'running');
  const text = phase === 'loading' ? 'Loading the expression engine…' : phase === 'error' ? (error ?? 'The simulation cannot start.') : shown ? describeStatus(shown) : '';
  return (
    <p className={`osop-sim-status osop-sim-status--${phase === 'error' ? 'failed' : status}`} role="status" aria-live="polite" data-testid={TID.simStatus} data-status={phase === 'ready' ? status : phase}>
      {text}
    </p>
  );
}

/** Shown while looking at an earlier step: how to get back, or go on from there. */
export function SimViewing() {
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.sim?.viewStep ?? null);
  const last = useAppStore((s) => s.sim?.head?.stepCount ?? 0);
  if (view === null) return null;
  return (
    <div className="osop-sim-viewing" data-testid={TID.simViewing}>
      <span>
        Showing step {view} of {last}
      </span>
      <button type="button" className="osop-link-btn" onClick={() => store.getState().viewSimStep(null)}>
        Back to latest
      </button>
      <button type="button" className="osop-link-btn" onClick={() => store.getState().simResumeFromView()} title="Drop the later steps and go on from here">
        Go on from here
      </button>
    </div>
  );
}
