import { useAppStore } from '@/store/useAppStore';

/**
 * Highlights the selected node or edge with a generated style rule instead of re-rendering
 * every node: selection changes cost one tiny style update, whatever the graph size.
 */
export function SelectionStyle() {
  const selection = useAppStore((s) => s.selection);
  if (!selection) return null;
  const id = CSS.escape(selection.id);
  const rule =
    selection.kind === 'node'
      ? `.osop-node[data-node-id="${id}"]{box-shadow:0 0 0 2.5px var(--osop-select),0 8px 24px rgba(15,23,42,.18)}` +
        `.osop-ov-card[data-node-id="${id}"]{stroke:var(--osop-select);stroke-width:5px}`
      : `.osop-edge[data-edge-id="${id}"] .react-flow__edge-path{stroke-width:3.2px!important;filter:drop-shadow(0 0 3px var(--osop-select))}` +
        `.osop-edge-label[data-edge-label="${id}"]{box-shadow:0 0 0 2px var(--osop-select)}` +
        `.osop-ov-edge[data-edge-id="${id}"] path{stroke-width:5px}`;
  return <style>{rule}</style>;
}
