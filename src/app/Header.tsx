import { useState } from 'react';
import { useAppStore } from '@/store/useAppStore';
import { TID } from './testIds';
import { ProductMark } from './ProductMark';
import { Toolbar } from './Toolbar';

/** App header: product mark, the workflow's name, id, version and description, the toolbar. */
export function Header() {
  const meta = useAppStore((s) => s.graph?.meta);
  const source = useAppStore((s) => s.source);
  const [expanded, setExpanded] = useState(false);
  const name = meta?.name ?? meta?.id ?? 'Untitled workflow';
  const facts = [
    meta?.id !== undefined && meta.id !== name ? meta.id : undefined,
    meta?.version !== undefined ? `v${meta.version}` : undefined,
    meta?.osopVersion !== undefined ? `OSOP ${meta.osopVersion}` : undefined,
    source.name,
  ].filter((f): f is string => f !== undefined);
  return (
    <header className="osop-header" data-testid={TID.header}>
      <div className="osop-brand" aria-label="OSOP Canvas">
        <ProductMark />
        <span>OSOP Canvas</span>
      </div>
      <div className="osop-title">
        <h1 data-testid={TID.workflowName} title={name}>
          {name}
        </h1>
        <div className="osop-title__facts">
          {facts.map((f) => (
            <span key={f}>{f}</span>
          ))}
        </div>
        {meta?.description !== undefined && (
          <button
            type="button"
            className={expanded ? 'osop-title__desc osop-title__desc--open' : 'osop-title__desc'}
            onClick={() => setExpanded((e) => !e)}
            aria-expanded={expanded}
            title={expanded ? 'Show less' : meta.description}
          >
            {meta.description}
          </button>
        )}
      </div>
      <Toolbar />
    </header>
  );
}
