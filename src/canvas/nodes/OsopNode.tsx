import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { LayoutDirection } from '@/model/types';
import type { CardChip, CardFact } from '@/render/nodeCard';
import { nodeStyle } from '@/render/nodeStyle';
import { Icon } from '../Icon';
import { CHIP_ICONS } from '@/render/chipIcons';
import type { OsopFlowNode } from '../toFlow';
import { useBreakpoint, useNodeSimNote, useNodeSimPaused, useNodeSimState } from '../simHooks';

/** Below this zoom the card text is unreadable anyway: draw only the box and the title. */
export const DETAIL_ZOOM = 0.42;
const selectDetailed = (s: { transform: [number, number, number] }) => s.transform[2] >= DETAIL_ZOOM;

/**
 * A workflow node: type icon and badge, label, id, key facts. Sized exactly as its card.
 * Edges are drawn from the explicit handle positions in `toFlow`, so no <Handle> is needed.
 */
export const OsopNode = memo(function OsopNode({ data }: NodeProps<OsopFlowNode>) {
  const { node, card, direction, editable } = data;
  const detailed = useStore(selectDetailed);
  const simState = useNodeSimState(node.id);
  const style = nodeStyle(node.type, node.typeKind);
  const css = { width: card.width, height: card.height, '--accent': style.color } as CSSProperties;
  if (!detailed) {
    return (
      <div className="osop-node osop-node--far" style={css} data-node-id={node.id} data-node-type={node.type} data-sim-state={simState} title={card.titleFull}>
        <div className="osop-node__far-title">{card.titleLines.join(' ')}</div>
        <SimMarks id={node.id} />
        <Anchors direction={direction} editable={editable} />
      </div>
    );
  }
  const unknownType = node.typeKind === 'unknown';
  return (
    <div
      className="osop-node"
      style={css}
      data-node-id={node.id}
      data-node-type={node.type}
      data-sim-state={simState}
      title={card.truncated ? `${card.titleFull}\n(click for details)` : undefined}
    >
      <div className="osop-node__header">
        <span className="osop-node__icon">
          <Icon icon={style.icon} size={13} strokeWidth={2.2} />
        </span>
        <span className="osop-node__type">{card.typeText}</span>
        {unknownType && (
          <span className="osop-node__unknown" title={node.type === '' ? 'This node has no type' : `Unknown node type “${node.type}”: drawn with the generic style`}>
            ?
          </span>
        )}
        <span className="osop-node__chips">
          {card.chips.map((chip) => (
            <Chip key={chip.kind} chip={chip} />
          ))}
        </span>
      </div>
      {card.titleLines.map((line, i) => (
        <div key={i} className="osop-node__title">
          {i < card.titleLines.length - 1 ? `${line} ` : line}
        </div>
      ))}
      {card.idText !== undefined && <div className="osop-node__id">{card.idText}</div>}
      {card.facts.length > 0 && (
        <div className="osop-node__facts">
          {card.facts.map((fact) => (
            <Fact key={fact.kind} fact={fact} />
          ))}
        </div>
      )}
      <SimMarks id={node.id} />
      <Anchors direction={direction} editable={editable} />
    </div>
  );
});

/** During a simulation: the node's run note (`succeeded`, `next`…) and its breakpoint dot. */
function SimMarks({ id }: { readonly id: string }) {
  const note = useNodeSimNote(id);
  const breakpoint = useBreakpoint(id);
  const paused = useNodeSimPaused(id);
  return (
    <>
      {note !== undefined && <span className={paused ? 'osop-node__sim osop-node__sim--paused' : 'osop-node__sim'}>{note}</span>}
      {breakpoint && <span className="osop-node__bp" role="img" aria-label="Breakpoint" title="Breakpoint: the run pauses before this node" />}
    </>
  );
}

/**
 * Where edges attach, as React Flow reads it from the DOM when it measures a node (elements with
 * class `source`/`target` and `data-handlepos`). When the document can be edited these are real
 * handles to drag new edges from; otherwise plain elements (a <Handle> costs several store
 * subscriptions, and a read-only view connects nothing).
 */
function Anchors({ direction, editable }: { readonly direction: LayoutDirection; readonly editable: boolean }) {
  const down = direction === 'DOWN';
  if (editable) {
    return (
      <>
        <Handle type="target" position={down ? Position.Top : Position.Left} className="osop-handle" />
        <Handle type="source" position={down ? Position.Bottom : Position.Right} className="osop-handle" />
      </>
    );
  }
  return (
    <>
      <span className={`osop-anchor target osop-anchor--${down ? 'top' : 'left'}`} data-handlepos={down ? 'top' : 'left'} />
      <span className={`osop-anchor source osop-anchor--${down ? 'bottom' : 'right'}`} data-handlepos={down ? 'bottom' : 'right'} />
    </>
  );
}

function Chip({ chip }: { readonly chip: CardChip }) {
  return (
    <span className={`osop-chip osop-chip--${chip.kind}`} title={chip.title} aria-label={chip.title}>
      <Icon icon={CHIP_ICONS[chip.kind]} size={11} strokeWidth={2.4} />
      {chip.text !== '' && <span>{chip.text}</span>}
    </span>
  );
}

function Fact({ fact }: { readonly fact: CardFact }) {
  return (
    <div className={`osop-fact osop-fact--${fact.kind}`} title={fact.text !== fact.full ? fact.full : undefined}>
      {fact.prefix !== '' && <span className="osop-fact__prefix">{fact.prefix}</span>}
      <span className={fact.mono ? 'osop-fact__text osop-mono' : 'osop-fact__text'}>{fact.text}</span>
    </div>
  );
}
