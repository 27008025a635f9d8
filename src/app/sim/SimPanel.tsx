import { FlaskConical, X } from 'lucide';
import { Icon } from '@/canvas/Icon';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from '../testIds';
import { SimControls, SimSpeedSelect } from './SimControls';
import { SimFiles } from './SimFiles';
import { SimLog } from './SimLog';
import { SimPrompt } from './SimPrompt';
import { SimScenarios } from './SimScenarios';
import { SimSelection } from './SimSelection';
import { SimSettings } from './SimSettings';
import { SimStatus, SimViewing } from './SimStatus';
import { SimValues } from './SimValues';
import { SimWarnings } from './SimWarnings';
import { useSimPlayer } from './useSimPlayer';

/** Simulate mode's side panel: controls, questions, values, the log, scenarios and files. */
export function SimPanel() {
  const store = useAppStoreApi();
  const active = useAppStore((s) => s.sim !== null);
  const ready = useAppStore((s) => s.sim?.phase === 'ready');
  const replay = useAppStore((s) => s.sim?.replay != null);
  useSimPlayer();
  if (!active) return null;
  return (
    <section className="osop-sim" aria-label="Simulation" data-testid={TID.simPanel}>
      <div className="osop-sim__top">
        <div className="osop-sim__head">
          <Icon icon={FlaskConical} size={16} />
          <h2>{replay ? 'Replay' : 'Simulation'}</h2>
          <SimSpeedSelect />
          <button type="button" className="osop-icon-btn" aria-label="Leave the simulation" title="Leave the simulation" onClick={() => store.getState().stopSimulation()}>
            <Icon icon={X} size={15} />
          </button>
        </div>
        <SimControls />
        <SimStatus />
        <SimViewing />
      </div>
      {ready && (
        <div className="osop-sim__body">
          <SimPrompt />
          <SimWarnings />
          <SimSelection />
          <SimValues />
          <SimLog />
          <SimSettings />
          <SimScenarios />
          <SimFiles />
        </div>
      )}
    </section>
  );
}
