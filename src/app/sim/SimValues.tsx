import { RotateCcw } from 'lucide';
import { Icon } from '@/canvas/Icon';
import type { VariableGroup, VariableInfo } from '@/sim';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from '../testIds';
import { ValueInput } from './ValueInput';

/** Every variable the conditions read, grouped by the node that produces it, with typed inputs. */
export function SimValues() {
  const groups = useAppStore((s) => s.sim?.groups);
  const replay = useAppStore((s) => s.sim?.replay != null);
  if (!groups || replay) return null;
  return (
    <section className="osop-sim-section" aria-labelledby="sim-values-title" data-testid={TID.simValues}>
      <h3 id="sim-values-title">Values</h3>
      {groups.length === 0 ? (
        <p className="osop-muted osop-sim-empty">No condition reads a value: every branch is decided by the graph alone.</p>
      ) : (
        groups.map((g) => <Group key={g.group} group={g} />)
      )}
    </section>
  );
}

function Group({ group }: { readonly group: VariableGroup }) {
  const store = useAppStoreApi();
  const isNode = group.variables.some((v) => v.node !== undefined);
  return (
    <div className="osop-sim-group">
      <button type="button" className="osop-sim-group__head" title={isNode ? 'Show this node' : undefined} disabled={!isNode} onClick={() => store.getState().select({ kind: 'node', id: group.group, origin: 'panel' })}>
        {isNode ? <code className="osop-sim-group__id">{group.group}</code> : <span className="osop-sim-group__id">{group.label}</span>}
        {isNode && group.label !== group.group && <span className="osop-sim-group__label">{group.label}</span>}
      </button>
      {group.variables.map((v) => (
        <Row key={v.key} variable={v} />
      ))}
    </div>
  );
}

function Row({ variable: v }: { readonly variable: VariableInfo }) {
  const store = useAppStoreApi();
  const value = useAppStore((s) => (s.sim && Object.hasOwn(s.sim.values, v.key) ? s.sim.values[v.key] : undefined));
  const id = `sim-value-${v.key}`;
  const changed = value !== v.defaultValue;
  return (
    <div className="osop-sim-row">
      <label htmlFor={id} className="osop-mono" title={`${v.key} (${v.type})\nDefault ${String(v.defaultValue)}: ${v.defaultRule}`}>
        {v.name}
      </label>
      <ValueInput id={id} type={v.type} value={value} onChange={(next) => store.getState().setSimValue(v.key, next)} />
      <button
        type="button"
        className="osop-sim-row__reset"
        aria-label={`Reset ${v.name} to ${String(v.defaultValue)}`}
        title={`Back to the default, ${String(v.defaultValue)}`}
        style={{ visibility: changed ? 'visible' : 'hidden' }}
        onClick={() => store.getState().setSimValue(v.key, v.defaultValue)}
      >
        <Icon icon={RotateCcw} size={12} />
      </button>
    </div>
  );
}
