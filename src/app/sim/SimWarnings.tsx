import { TriangleAlert } from 'lucide';
import { Icon } from '@/canvas/Icon';
import { useAppStore } from '@/store/useAppStore';
import { TID } from '../testIds';

/** Branch problems: for the current values (before running) and those the run met. */
export function SimWarnings() {
  const checks = useAppStore((s) => s.sim?.checks);
  const warnings = useAppStore((s) => s.sim?.shown?.warnings);
  const replay = useAppStore((s) => s.sim?.replay != null);
  const lines = [...(warnings ?? []).map((w) => w.message), ...(replay ? [] : (checks ?? []).map((c) => c.message))];
  const unique = [...new Set(lines)];
  if (unique.length === 0) return null;
  return (
    <ul className="osop-sim-warnings" data-testid={TID.simWarnings} aria-label="Warnings">
      {unique.map((text) => (
        <li key={text}>
          <Icon icon={TriangleAlert} size={14} />
          <span>{text}</span>
        </li>
      ))}
    </ul>
  );
}
