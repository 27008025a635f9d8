import { useState } from 'react';
import { Icon } from '@/canvas/Icon';
import { cssStroke, edgeStyle } from '@/render/edgeStyle';
import { nodeStyle } from '@/render/nodeStyle';
import { useAppStore } from '@/store/useAppStore';
import type { WorkflowGraph } from '@/model/types';
import { TID } from './testIds';

function summarize(graph: WorkflowGraph | null) {
  const modes = new Set<string>();
  const types = new Map<string, WorkflowGraph['nodes'][number]['typeKind']>();
  for (const e of graph?.edges ?? []) modes.add(e.mode);
  for (const n of graph?.nodes ?? []) if (!types.has(n.type)) types.set(n.type, n.typeKind);
  // Plain code-unit order: `localeCompare` would build an ICU collator (tens of ms at start-up).
  return { modes: [...modes].sort(), types: [...types.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

/** What the edge styles and node colours of this workflow mean. */
export function Legend() {
  const graph = useAppStore((s) => s.graph);
  const embed = useAppStore((s) => s.embed);
  // Open for readers; folded away while the editor shares the screen.
  const editorOpen = useAppStore((s) => s.editorOpen);
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? (!embed && !editorOpen);
  const { modes, types } = summarize(graph);
  if (!graph) return null;
  return (
    <div className={shown ? 'osop-legend osop-legend--open' : 'osop-legend'} data-testid={TID.legend}>
      <button type="button" className="osop-legend__toggle" aria-expanded={shown} onClick={() => setOpen(!shown)}>
        Legend
      </button>
      {shown && (
        <div className="osop-legend__body">
          <ul>
            {modes.map((mode) => {
              const s = edgeStyle(mode);
              return (
                <li key={mode}>
                  <svg width="34" height="10" aria-hidden="true">
                    <line x1="1" y1="5" x2="27" y2="5" stroke={cssStroke(s.color)} strokeWidth={s.width} strokeDasharray={s.dash} />
                    <path d="M27,1 L33,5 L27,9 z" fill={cssStroke(s.color)} />
                  </svg>
                  <span className="osop-legend__name">{mode}</span>
                  <span className="osop-legend__desc">{s.legend}</span>
                </li>
              );
            })}
          </ul>
          <ul className="osop-legend__types">
            {types.map(([type, kind]) => {
              const s = nodeStyle(type, kind);
              return (
                <li key={type} style={{ color: s.color }} title={kind === 'unknown' ? 'Unknown type: generic style' : s.title}>
                  <Icon icon={s.icon} size={13} />
                  <span>{type === '' ? '(no type)' : type}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
