import { Copy, Trash2 } from 'lucide';
import { Icon } from '@/canvas/Icon';
import { PALETTE_TYPES } from '@/canvas/palette';
import type { FieldValue, NodeField } from '@/model/edits';
import type { WorkflowNode } from '@/model/types';
import { useAppStoreApi } from '@/store/useAppStore';
import { ComboField, NumberField, TextField } from './InspectorFields';

/** Runtime keys worth a field for each type (other scalar runtime keys get one too). */
const RUNTIME_KEYS: Readonly<Record<string, readonly string[]>> = {
  cli: ['command'],
  api: ['method', 'url', 'endpoint'],
  agent: ['provider', 'model'],
  mcp: ['server', 'tool'],
  docker: ['image'],
  db: ['engine', 'query'],
};

const scalar = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** A plain string list (the only form the inspector rewrites without losing detail). */
function stringList(v: unknown): readonly string[] | undefined {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v) : undefined;
}

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Edits the selected node: every change is one YAML edit (and one undo step). */
export function NodeInspector({ node }: { readonly node: WorkflowNode }) {
  const store = useAppStoreApi();
  const set = (field: NodeField, value: FieldValue) => store.getState().applyEdit({ type: 'node.set', id: node.id, field, value });
  const raw = node.raw;
  const runtimeKeys = [...new Set([...(RUNTIME_KEYS[node.type] ?? []), ...Object.keys(node.runtime).filter((k) => scalar(node.runtime[k]) !== undefined)])];
  const inputs = stringList(raw.inputs);
  const outputs = stringList(raw.outputs);
  const retry = raw.retry_policy;
  const maxRetries = typeof retry === 'object' && retry !== null && 'max_retries' in retry ? Number((retry as Record<string, unknown>).max_retries) : undefined;
  return (
    <form className="osop-inspector" aria-label="Edit node" onSubmit={(e) => e.preventDefault()}>
      <TextField
        label="Id"
        value={node.id}
        mono
        hint="Renaming updates every edge, switch case and position that refers to it."
        onCommit={(v) => store.getState().applyEdit({ type: 'node.rename', id: node.id, newId: v.trim() })}
      />
      <TextField label="Name" value={scalar(raw.name) ?? ''} onCommit={(v) => set('name', v)} />
      <TextField label="Purpose" value={scalar(raw.purpose) ?? ''} multiline onCommit={(v) => set('purpose', v)} />
      <ComboField label="Type" value={node.type} options={PALETTE_TYPES} onCommit={(v) => set('type', v.trim())} />
      <TextField label="Subtype" value={node.subtype ?? ''} onCommit={(v) => set('subtype', v)} />
      {runtimeKeys.map((key) => (
        <TextField
          key={key}
          label={`runtime.${key}`}
          value={scalar(node.runtime[key]) ?? ''}
          mono
          multiline={key === 'command' || key === 'query'}
          onCommit={(v) => set(`runtime.${key}`, v)}
        />
      ))}
      <div className="osop-inspector__row">
        <NumberField label="Timeout (s)" value={node.timeoutSec} onCommit={(v) => set('timeout_sec', v)} />
        <NumberField label="Max retries" value={Number.isFinite(maxRetries) ? maxRetries : undefined} onCommit={(v) => set('retry_policy.max_retries', v)} />
      </div>
      {inputs !== undefined ? (
        <TextField label="Inputs" value={inputs.join(', ')} hint="Comma-separated names." onCommit={(v) => set('inputs', splitList(v))} />
      ) : (
        <p className="osop-field__hint">Inputs are written as objects: edit them in the YAML.</p>
      )}
      {outputs !== undefined ? (
        <TextField label="Outputs" value={outputs.join(', ')} hint="Comma-separated names." onCommit={(v) => set('outputs', splitList(v))} />
      ) : (
        <p className="osop-field__hint">Outputs are written as objects: edit them in the YAML.</p>
      )}
      <div className="osop-inspector__actions">
        <button type="button" className="osop-btn" onClick={() => store.getState().applyEdit({ type: 'node.duplicate', ids: [node.id] })}>
          <Icon icon={Copy} size={14} /> Duplicate
        </button>
        <button type="button" className="osop-btn osop-btn--danger" onClick={() => store.getState().applyEdit({ type: 'node.remove', ids: [node.id] })}>
          <Icon icon={Trash2} size={14} /> Delete node
        </button>
      </div>
    </form>
  );
}
