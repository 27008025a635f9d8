/** Arrowhead of edges a simulated run took (its colour follows the theme's `--sim-taken`). */
export const SIM_TAKEN_MARKER = 'osop-sim-arrow-taken';

/** Marker definitions for simulation styles; edges refer to them by id. */
export function SimMarkers() {
  return (
    <svg className="osop-sim-markers" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <marker id={SIM_TAKEN_MARKER} viewBox="-10 -10 20 20" markerWidth="24" markerHeight="24" markerUnits="userSpaceOnUse" orient="auto-start-reverse" refX="0" refY="0">
          <polyline points="-5,-4 0,0 -5,4 -5,-4" strokeLinecap="round" strokeLinejoin="round" style={{ stroke: 'var(--sim-taken)', fill: 'var(--sim-taken)', strokeWidth: 1 }} />
        </marker>
      </defs>
    </svg>
  );
}
