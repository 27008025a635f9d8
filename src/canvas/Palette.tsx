import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { Plus } from 'lucide';
import { Icon } from './Icon';
import { PALETTE_MIME, PALETTE_TYPES } from './palette';
import { typeKindOf } from '@/model/nodeFields';
import { nodeStyle } from '@/render/nodeStyle';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';

/** Node types to drag onto the canvas (or click to add in the middle of the view). */
export function Palette() {
  const store = useAppStoreApi();
  const editable = useAppStore((s) => !s.embed && !s.stale && !s.parsing && s.graph !== null);
  const [open, setOpen] = useState(false);
  const { screenToFlowPosition } = useReactFlow();
  /** The flow position at the middle of the canvas, where a clicked type is added. */
  const center = () => {
    const pane = document.querySelector('.osop-canvas')?.getBoundingClientRect();
    if (!pane) return undefined;
    const p = screenToFlowPosition({ x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 });
    return { x: Math.round(p.x - 126), y: Math.round(p.y - 50) };
  };
  if (!editable) return null;
  return (
    <div className={open ? 'osop-palette osop-palette--open' : 'osop-palette'} data-testid="palette">
      <button type="button" className="osop-palette__toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)} title="Add a node">
        <Icon icon={Plus} size={16} strokeWidth={2.4} />
        <span>Add node</span>
      </button>
      {open && (
        <ul className="osop-palette__list" aria-label="Node types">
          {PALETTE_TYPES.map((type) => {
            const style = nodeStyle(type, typeKindOf(type));
            return (
              <li key={type}>
                <button
                  type="button"
                  draggable
                  style={{ color: style.color }}
                  title={`Drag onto the canvas, or click to add a ${type} node`}
                  aria-label={`Add ${type} node`}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(PALETTE_MIME, type);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => {
                    const at = center();
                    store.getState().applyEdit({ type: 'node.add', nodeType: type, ...(at ? { position: at } : {}) });
                  }}
                >
                  <Icon icon={style.icon} size={14} />
                  <span>{type}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
