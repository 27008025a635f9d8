import { Trash2 } from 'lucide';
import { Icon } from '@/canvas/Icon';
import type { EdgeField, FieldValue } from '@/model/edits';
import { EDGE_MODES, type WorkflowEdge } from '@/model/types';
import { useAppStoreApi } from '@/store/useAppStore';
import { ComboField, NumberField, SelectField, TextField } from './InspectorFields';
import { edgeRef } from './selectionRefs';

const JOIN_OPTIONS = [
  { value: '', label: '— (wait for all, the default)' },
  { value: 'wait_all', label: 'wait_all' },
  { value: 'wait_any', label: 'wait_any' },
  { value: 'wait_n', label: 'wait_n' },
];

/** Edits the selected edge: mode, condition, label, join. */
export function EdgeInspector({ edge }: { readonly edge: WorkflowEdge }) {
  const store = useAppStoreApi();
  const set = (field: EdgeField, value: FieldValue) => store.getState().applyEdit({ type: 'edge.set', edge: edgeRef(edge), field, value });
  return (
    <form className="osop-inspector" aria-label="Edit edge" onSubmit={(e) => e.preventDefault()}>
      <ComboField label="Mode" value={edge.mode} options={EDGE_MODES} onCommit={(v) => set('mode', v.trim())} />
      <TextField
        label={edge.conditionKey === 'when' ? 'Condition (when)' : 'Condition'}
        value={edge.condition ?? ''}
        mono
        multiline
        hint="CEL over output names, e.g. error_rate < 0.01 && approved == true"
        onCommit={(v) => set('condition', v)}
      />
      <TextField label="Label" value={edge.label ?? ''} onCommit={(v) => set('label', v)} />
      <SelectField label="Join mode" value={edge.joinMode ?? ''} options={JOIN_OPTIONS} onCommit={(v) => set('join_mode', v)} />
      {edge.joinMode === 'wait_n' && <NumberField label="Join count" value={edge.joinCount} min={1} onCommit={(v) => set('join_count', v)} />}
      <div className="osop-inspector__actions">
        <button type="button" className="osop-btn osop-btn--danger" onClick={() => store.getState().applyEdit({ type: 'edge.remove', edges: [edgeRef(edge)] })}>
          <Icon icon={Trash2} size={14} /> Delete edge
        </button>
      </div>
    </form>
  );
}
