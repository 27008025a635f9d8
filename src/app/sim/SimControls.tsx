import { Gauge, Pause, Play, RotateCcw, StepBack, StepForward } from 'lucide';
import { Icon } from '@/canvas/Icon';
import { DEFAULT_SIM_SPEED, SIM_SPEEDS, type SimSpeed } from '@/store/simTypes';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';

/** Step back, Step, Run to end / Pause and Reset. */
export function SimControls() {
  const store = useAppStoreApi();
  const ready = useAppStore((s) => s.sim?.phase === 'ready');
  const playing = useAppStore((s) => s.sim?.playing ?? false);
  const viewing = useAppStore((s) => s.sim?.viewStep != null);
  const canBack = useAppStore((s) => (s.sim?.viewStep ?? s.sim?.head?.stepCount ?? 0) > 0);
  const canGo = useAppStore((s) => {
    const head = s.sim?.head;
    if (!head) return false;
    if (s.sim?.viewStep != null) return true;
    const over = head.status === 'completed' || head.status === 'failed';
    return !over && (head.paused === undefined || head.paused.kind === 'breakpoint');
  });
  const act = store.getState();
  return (
    <div className="osop-sim-controls" role="toolbar" aria-label="Run controls">
      <button type="button" className="osop-btn osop-btn--icon" aria-label="Step back" title="Step back" disabled={!ready || !canBack} onClick={() => act.simStepBack()}>
        <Icon icon={StepBack} size={15} />
      </button>
      <button type="button" className="osop-btn" disabled={!ready || !canGo} onClick={() => act.simStep()} title={viewing ? 'Show the next step' : 'Run the next node'}>
        <Icon icon={StepForward} size={15} />
        <span>Step</span>
      </button>
      {playing ? (
        <button type="button" className="osop-btn osop-btn--primary" onClick={() => act.simPause()}>
          <Icon icon={Pause} size={15} />
          <span>Pause</span>
        </button>
      ) : (
        <button type="button" className="osop-btn osop-btn--primary" disabled={!ready || !canGo} onClick={() => act.simRunToEnd()} title="Run until the end, a breakpoint or a question">
          <Icon icon={Play} size={15} />
          <span>Run to end</span>
        </button>
      )}
      <button type="button" className="osop-btn osop-btn--icon" aria-label="Reset" title="Reset: start the run again" disabled={!ready} onClick={() => act.simReset()}>
        <Icon icon={RotateCcw} size={15} />
      </button>
    </div>
  );
}

const SPEED_NAMES: Readonly<Record<SimSpeed, string>> = { 0: 'Instant', 150: 'Fast', 400: 'Normal', 900: 'Slow' };

/** How fast Run to end animates (Instant: no animation). */
export function SimSpeedSelect() {
  const store = useAppStoreApi();
  const speed = useAppStore((s) => s.simSpeed);
  return (
    <label className="osop-sim-speed" title="How fast Run to end goes">
      <Icon icon={Gauge} size={14} />
      <span className="osop-visually-hidden">Speed</span>
      <select value={speed} onChange={(e) => store.getState().setSimSpeed(SIM_SPEEDS.find((v) => v === Number(e.target.value)) ?? DEFAULT_SIM_SPEED)}>
        {SIM_SPEEDS.map((v) => (
          <option key={v} value={v}>
            {SPEED_NAMES[v]}
          </option>
        ))}
      </select>
    </label>
  );
}
