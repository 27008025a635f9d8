import { FlaskConical } from 'lucide';
import { Icon } from '@/canvas/Icon';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';

/** Toolbar toggle of Simulate mode (loads the expression engine on first use). */
export function SimulateButton() {
  const store = useAppStoreApi();
  const active = useAppStore((s) => s.sim !== null);
  const canSimulate = useAppStore((s) => (s.graph?.nodes.length ?? 0) > 0);
  const toggle = () => {
    const state = store.getState();
    if (state.sim !== null) state.stopSimulation();
    else void state.startSimulation();
  };
  return (
    <button
      type="button"
      className={active ? 'osop-btn osop-btn--sim-on' : 'osop-btn'}
      aria-pressed={active}
      disabled={!active && !canSimulate}
      title={active ? 'Leave the simulation' : 'Step through a run with values you choose'}
      onClick={toggle}
    >
      <Icon icon={FlaskConical} size={15} />
      <span>Simulate</span>
    </button>
  );
}
