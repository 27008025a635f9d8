import { useEffect, useId, useState, type ReactNode } from 'react';

interface FieldProps<T> {
  readonly label: string;
  readonly value: T;
  readonly onCommit: (value: T) => void;
  readonly hint?: string;
  readonly placeholder?: string;
}

function Row({ label, id, hint, children }: { readonly label: string; readonly id: string; readonly hint?: string | undefined; readonly children: ReactNode }) {
  return (
    <div className="osop-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint !== undefined && <p className="osop-field__hint">{hint}</p>}
    </div>
  );
}

/**
 * A text input that edits the document when the user is done (Enter or leaving the field), not
 * on every keystroke, so one change is one undo step. Escape restores the document's value; the
 * field follows the document when it changes elsewhere (typing in the YAML, undo).
 */
export function TextField({ label, value, onCommit, hint, placeholder, multiline = false, mono = false }: FieldProps<string> & { readonly multiline?: boolean; readonly mono?: boolean }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    className: mono ? 'osop-mono' : undefined,
    spellCheck: false,
    onBlur: commit,
  };
  return (
    <Row label={label} id={id} hint={hint}>
      {multiline ? (
        <textarea
          {...common}
          rows={Math.min(8, Math.max(2, draft.split('\n').length))}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      )}
    </Row>
  );
}

/** A number input (empty removes the key). Invalid input is not written. */
export function NumberField({ label, value, onCommit, hint, min = 0 }: FieldProps<number | undefined> & { readonly min?: number }) {
  const id = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  useEffect(() => setDraft(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    const trimmed = draft.trim();
    if (trimmed === '') {
      if (value !== undefined) onCommit(undefined);
      return;
    }
    const n = Number(trimmed);
    if (!Number.isFinite(n) || n < min) {
      setDraft(value === undefined ? '' : String(value));
      return;
    }
    if (n !== value) onCommit(n);
  };
  return (
    <Row label={label} id={id} hint={hint}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(value === undefined ? '' : String(value));
        }}
      />
    </Row>
  );
}

/** A choice among known values that also accepts any text (real files use unknown types/modes). */
export function ComboField({ label, value, options, onCommit, hint }: FieldProps<string> & { readonly options: readonly string[] }) {
  const listId = useId();
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = (next = draft) => {
    if (next !== value) onCommit(next);
  };
  return (
    <Row label={label} id={id} hint={hint}>
      <input
        id={id}
        type="text"
        list={listId}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          // Picking from the list commits at once.
          if (options.includes(e.target.value) && (e.nativeEvent as InputEvent).inputType !== 'insertText') commit(e.target.value);
        }}
        onBlur={() => commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(value);
        }}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </Row>
  );
}

/** A fixed choice (select). */
export function SelectField({ label, value, options, onCommit, hint }: FieldProps<string> & { readonly options: readonly { value: string; label: string }[] }) {
  const id = useId();
  return (
    <Row label={label} id={id} hint={hint}>
      <select id={id} value={value} onChange={(e) => e.target.value !== value && onCommit(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Row>
  );
}
