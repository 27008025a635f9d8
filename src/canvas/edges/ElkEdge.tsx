import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { midpoint, roundedPath } from '@/render/path';
import { useAppStoreApi } from '@/store/useAppStore';
import type { OsopFlowEdge } from '../toFlow';
import { useConditionResult, useEdgeSimState } from '../simHooks';
import { SIM_TAKEN_MARKER } from '../SimMarkers';

/**
 * An edge drawn along ELK's orthogonal route (not React Flow's own curve), styled by mode,
 * with its label in the box ELK reserved for it. Falls back to a straight line between the
 * handles while no route is known.
 */
export const ElkEdge = memo(function ElkEdge(props: EdgeProps<OsopFlowEdge>) {
  const { id, data, markerEnd, sourceX, sourceY, targetX, targetY } = props;
  const store = useAppStoreApi();
  const simState = useEdgeSimState(id);
  const evaluated = useConditionResult(id);
  if (!data) return null;
  const { drawn, route, label, style, stroke } = data;
  const points = route && route.points.length >= 2 ? route.points : [{ x: sourceX, y: sourceY }, { x: targetX, y: targetY }];
  const path = roundedPath(points);
  const box = route?.label;
  const centre = box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : midpoint(points);
  const tooltip = [
    drawn.condition !== undefined ? `when: ${drawn.condition}` : undefined,
    evaluated !== undefined ? `now: ${evaluated.text} (${evaluated.explanation})` : undefined,
    `${drawn.from} → ${drawn.to} (${drawn.mode})`,
  ]
    .filter(Boolean)
    .join('\n');
  const taken = simState === 'taken';
  const marker = taken ? `url(#${SIM_TAKEN_MARKER})` : markerEnd;
  return (
    <>
      <g
        className={`osop-edge osop-edge--${drawn.mode}${drawn.isBackEdge ? ' osop-edge--back' : ''}`}
        data-edge-id={id}
        data-edge-from={drawn.from}
        data-edge-to={drawn.to}
        data-edge-mode={drawn.mode}
        data-sim-state={simState}
      >
        <title>{tooltip}</title>
        <BaseEdge
          id={id}
          path={path}
          {...(marker !== undefined ? { markerEnd: marker } : {})}
          interactionWidth={16}
          style={{ stroke: taken ? 'var(--sim-taken)' : stroke, strokeWidth: taken ? style.width + 1.6 : style.width, ...(style.dash !== undefined ? { strokeDasharray: style.dash } : {}) }}
        />
      </g>
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`osop-edge-label osop-edge-label--${drawn.mode} nopan`}
            data-edge-label={id}
            data-edge-from={drawn.from}
            data-edge-to={drawn.to}
            data-sim-state={simState}
            title={tooltip}
            onClick={() => store.getState().select({ kind: 'edge', id, origin: 'canvas' })}
            style={{
              width: label.width,
              height: label.height,
              transform: `translate(${centre.x - label.width / 2}px, ${centre.y - label.height / 2}px)`,
              borderColor: stroke,
            }}
          >
            {label.lines.map((line, i) => (
              <div key={i}>{i < label.lines.length - 1 ? `${line} ` : line}</div>
            ))}
          </div>
        </EdgeLabelRenderer>
      )}
      {evaluated !== undefined && (
        <EdgeLabelRenderer>
          <div
            className={`osop-sim-eval-badge osop-sim-eval-badge--${String(evaluated.result)} nopan`}
            data-sim-eval={id}
            title={tooltip}
            style={{ transform: `translate(-50%, 0) translate(${centre.x}px, ${centre.y + (label ? label.height / 2 + 3 : 8)}px)` }}
          >
            {evaluated.text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
