import { useAppStore } from '@/store/useAppStore';
import { TID } from './testIds';

/** A quiet indicator while ELK works, and a clear one if layout failed. */
export function LayoutStatus() {
  const status = useAppStore((s) => s.layoutStatus);
  const error = useAppStore((s) => s.layoutError);
  const parsing = useAppStore((s) => s.parsing);
  const refining = useAppStore((s) => s.shown?.provisional === true);
  if (parsing) {
    return (
      <div className="osop-layout-status" role="status" data-testid={TID.layoutStatus}>
        Reading the workflow…
      </div>
    );
  }
  if (status === 'running') {
    return (
      <div className="osop-layout-status" role="status" data-testid={TID.layoutStatus}>
        {refining ? 'Refining layout…' : 'Laying out…'}
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="osop-layout-status osop-layout-status--error" role="alert" data-testid={TID.layoutStatus}>
        Layout failed: {error}
      </div>
    );
  }
  return null;
}
