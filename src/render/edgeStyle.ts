/**
 * How each edge mode is drawn: stroke colour, dash pattern and width, and a short legend
 * text. Shared by the canvas, the legend and the SVG renderer. Pure.
 */
export interface EdgeStyle {
  readonly color: string;
  readonly dash?: string;
  readonly width: number;
  readonly legend: string;
}

/** `neutral` is replaced by the theme's edge colour (sequential edges follow the theme). */
export const NEUTRAL = 'neutral';

const STYLES: Readonly<Record<string, EdgeStyle>> = {
  sequential: { color: NEUTRAL, width: 1.6, legend: 'runs next' },
  conditional: { color: '#2563eb', dash: '7 4', width: 1.8, legend: 'runs if the condition holds' },
  parallel: { color: '#7c3aed', width: 2.4, legend: 'runs at the same time' },
  fallback: { color: '#dc2626', dash: '7 4', width: 1.8, legend: 'runs if the source fails' },
  error: { color: '#dc2626', width: 1.8, legend: 'runs on an error' },
  timeout: { color: '#ea580c', dash: '2 4', width: 2, legend: 'runs if the source times out' },
  loop: { color: '#9333ea', dash: '10 4 2 4', width: 1.8, legend: 'repeats while the condition holds' },
  switch: { color: '#0d9488', dash: '8 3', width: 1.8, legend: 'routes by value' },
  spawn: { color: '#16a34a', dash: '1 4', width: 2.2, legend: 'spawns a child agent' },
  event: { color: '#db2777', dash: '4 3', width: 1.8, legend: 'runs on an event' },
  dataflow: { color: '#0891b2', dash: '3 3', width: 1.6, legend: 'passes data' },
  message: { color: '#4f46e5', dash: '8 4', width: 1.6, legend: 'sends a message' },
  compensation: { color: '#b45309', dash: '6 3', width: 1.6, legend: 'undoes earlier work' },
  signal: { color: '#be185d', dash: '2 3', width: 1.6, legend: 'sends a signal' },
  weighted: { color: '#64748b', dash: '5 2', width: 1.6, legend: 'weighted route' },
};

const UNKNOWN: EdgeStyle = { color: '#9ca3af', dash: '2 2', width: 1.6, legend: 'unknown mode' };

/** The style for an edge mode (any string); unknown modes get a neutral dashed style. */
export function edgeStyle(mode: string): EdgeStyle {
  return STYLES[mode] ?? UNKNOWN;
}

/** The theme's colour (a CSS variable) for edges whose style colour is {@link NEUTRAL}. */
export const NEUTRAL_STROKE = 'var(--osop-edge)';

/** The CSS stroke for a style colour: the colour itself, or the theme's for {@link NEUTRAL}. */
export const cssStroke = (color: string): string => (color === NEUTRAL ? NEUTRAL_STROKE : color);

/** Every style an edge can have (the known modes' and the unknown one). */
export function allEdgeStyles(): readonly EdgeStyle[] {
  return [...Object.values(STYLES), UNKNOWN];
}

/** Modes whose text (condition) is shown on the edge when it has no label. */
export function showsCondition(mode: string): boolean {
  return mode !== 'sequential' && mode !== 'parallel';
}
