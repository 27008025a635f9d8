import { allEdgeStyles, cssStroke, NEUTRAL_STROKE } from '@/render/edgeStyle';

/** The id of the arrowhead marker for edges drawn in `stroke`. */
export const arrowMarkerId = (stroke: string): string => `osop-arrow-${stroke === NEUTRAL_STROKE ? 'neutral' : stroke.replace(/[^a-zA-Z0-9]/g, '')}`;

const STROKES = [...new Set(allEdgeStyles().map((style) => cssStroke(style.color)))];

/**
 * The arrowheads at edge ends, one per stroke colour, drawn as React Flow's closed arrow
 * (same size and shape). Defined once here instead of through React Flow's marker objects,
 * whose definitions React Flow rebuilds and sorts (with `localeCompare`, which builds an ICU
 * collator: ~40 ms at start-up) whenever the edges change.
 */
export function ArrowMarkers() {
  return (
    <svg className="osop-arrow-markers" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {STROKES.map((stroke) => (
          <marker key={stroke} id={arrowMarkerId(stroke)} className="react-flow__arrowhead" viewBox="-10 -10 20 20" markerWidth="14" markerHeight="14" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
            <polyline points="-5,-4 0,0 -5,4 -5,-4" strokeLinecap="round" strokeLinejoin="round" style={{ stroke, fill: stroke, strokeWidth: 1 }} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
