import { useState } from 'react';
import type { VariableType } from '@/sim';
import type { SimValue } from '@/store/simTypes';

interface ValueInputProps {
  readonly id: string;
  readonly type: VariableType;
  /** undefined: not supplied. */
  readonly value: SimValue | undefined;
  readonly onChange: (value: SimValue | undefined) => void;
  readonly label?: string;
  readonly describedBy?: string;
}

const shown = (v: SimValue | undefined): string => (v === undefined ? '' : String(v));

/** A number, true/false or text value; empty means "not supplied" (the run will ask for it). */
export function ValueInput({ id, type, value, onChange, label, describedBy }: ValueInputProps) {
  // The typed text is kept while it is being edited ("0.0" on the way to "0.02").
  const [draft, setDraft] = useState(shown(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (parse(type, draft) !== value) setDraft(shown(value));
  }
  const common = { id, ...(label !== undefined ? { 'aria-label': label } : {}), ...(describedBy !== undefined ? { 'aria-describedby': describedBy } : {}) };
  if (type === 'boolean') {
    return (
      <select {...common} className="osop-sim-input" value={shown(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}>
        <option value="true">true</option>
        <option value="false">false</option>
        <option value="">(not supplied)</option>
      </select>
    );
  }
  const parsed = parse(type, draft);
  const invalid = draft.trim() !== '' && parsed === undefined;
  return (
    <input
      {...common}
      className={type === 'number' ? 'osop-sim-input osop-mono' : 'osop-sim-input'}
      type="text"
      inputMode={type === 'number' ? 'decimal' : 'text'}
      spellCheck={false}
      autoComplete="off"
      placeholder="not supplied"
      value={draft}
      aria-invalid={invalid}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const next = parse(type, text);
        if (next !== undefined || text.trim() === '') onChange(next);
      }}
    />
  );
}

/** The value typed, or undefined when empty or not a number for a number variable. */
function parse(type: VariableType, text: string): SimValue | undefined {
  if (type === 'string') return text === '' ? undefined : text;
  const t = text.trim();
  if (t === '') return undefined;
  if (type === 'boolean') return t === 'true' ? true : t === 'false' ? false : undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
