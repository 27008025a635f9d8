import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { midpoint, roundedPath } from '@/render/path';
import { useAppStoreApi } from '@/store/useAppStore';
import type { OsopFlowEdge } from '../toFlow';

/**
 * An edge drawn along ELK's orthogonal route (not React Flow's own curve), styled by mode,
 * with its label in the box ELK reserved for it. Falls back to a straight line between the
 * handles while no route is known.
 */
export const ElkEdge = memo(function ElkEdge(props: EdgeProps<OsopFlowEdge>) {
  const { id, data, markerEnd, sourceX, sourceY, targetX, targetY } = props;
  const store = useAppStoreApi();
  if (!data) return null;
  const { drawn, route, label, style, stroke } = data;
  const points = route && route.points.length >= 2 ? route.points : [{ x: sourceX, y: sourceY }, { x: targetX, y: targetY }];
  const path = roundedPath(points);
  const box = route?.label;
  const centre = box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : midpoint(points);
  const tooltip = [drawn.condition !== undefined ? `when: ${drawn.condition}` : undefined, `${drawn.from} → ${drawn.to} (${drawn.mode})`]
    .filter(Boolean)
    .join('\n');
  return (
    <>
      <g
        className={`osop-edge osop-edge--${drawn.mode}${drawn.isBackEdge ? ' osop-edge--back' : ''}`}
        data-edge-id={id}
        data-edge-from={drawn.from}
        data-edge-to={drawn.to}
        data-edge-mode={drawn.mode}
      >
        <title>{tooltip}</title>
        <BaseEdge
          id={id}
          path={path}
          {...(markerEnd !== undefined ? { markerEnd } : {})}
          interactionWidth={16}
          style={{ stroke, strokeWidth: style.width, ...(style.dash !== undefined ? { strokeDasharray: style.dash } : {}) }}
        />
      </g>
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`osop-edge-label osop-edge-label--${drawn.mode} nopan`}
            data-edge-label={id}
            data-edge-from={drawn.from}
            data-edge-to={drawn.to}
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
    </>
  );
});
