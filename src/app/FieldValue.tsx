/** Renders plain YAML data as a readable, nested list of fields. Text is always text. */
export function FieldValue({ value, skip = [], depth = 0 }: { readonly value: unknown; readonly skip?: readonly string[]; readonly depth?: number }) {
  if (value === null || value === undefined) return <span className="osop-muted">—</span>;
  if (typeof value === 'string') return <span className={value.includes('\n') ? 'osop-field__text osop-field__text--block' : 'osop-field__text'}>{value}</span>;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return <code>{String(value)}</code>;
  if (value instanceof Date) return <code>{value.toISOString()}</code>;
  if (depth > 8) return <span className="osop-muted">…</span>;
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (items.length === 0) return <span className="osop-muted">(empty)</span>;
    if (items.every((v) => typeof v !== 'object' || v === null)) {
      return (
        <span className="osop-field__list">
          {items.map((v, i) => (
            <code key={i}>{String(v)}</code>
          ))}
        </span>
      );
    }
    return (
      <ol className="osop-field__items">
        {items.map((v, i) => (
          <li key={i}>
            <FieldValue value={v} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => !skip.includes(k));
    if (entries.length === 0) return <span className="osop-muted">(empty)</span>;
    return (
      <dl className={depth === 0 ? 'osop-fields' : 'osop-fields osop-fields--nested'}>
        {entries.map(([k, v]) => (
          <div key={k} className="osop-fields__row">
            <dt>{k}</dt>
            <dd>
              <FieldValue value={v} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span>{JSON.stringify(value)}</span>;
}
