/**
 * The workflow model: parse OSOP YAML into a graph with diagnostics and source ranges, and
 * query it. Pure: no React, no DOM, no layout.
 */
export * from './types';
export { parseWorkflow, MAX_TEXT_LENGTH } from './parse';
export { DEFAULT_SEVERITY, isReadFailure, MAX_DIAGNOSTICS_PER_CODE } from './diagnostics';
export { MAX_NESTING } from './yamlDocument';
export {
  drawnEdges,
  edgeTargets,
  findBackEdges,
  incoming,
  outgoing,
  reachableIds,
  startNodes,
} from './queries';
export {
  elementAt,
  lineColAt,
  lineCounterFor,
  makeRange,
  offsetAt,
  START_RANGE,
} from './sourceMap';
export type { LineCol, SourceElement } from './sourceMap';
export { typeKindOf } from './nodeFields';
export { isKnownMode } from './edgeFields';
export { LAYOUT_KEY } from './readLayout';
export * from './edits';
