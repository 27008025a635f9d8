/**
 * Edits of workflow YAML text: every canvas and inspector gesture as an `EditOp`, applied by
 * `applyEdit` as a minimal text patch (comments, blank lines, quoting, key order and flow/block
 * style outside the touched lines stay byte-identical). Pure: no React, no DOM.
 */
export type {
  EditOp,
  EditOpType,
  EditResult,
  EdgeField,
  EdgeRef,
  FieldValue,
  NodeField,
  NodeMove,
  TextChange,
} from './types';
export { applyEdit } from './applyEdit';
export { applyNodeSetLocally } from './localNodeSet';
export type { LocalEdit } from './localNodeSet';
export { applyChanges } from './changes';
export { copyNodes, DEFAULT_COPY_OFFSET } from './copy';
export { isValidId, MAX_ID_LENGTH, uniqueId } from './ids';
