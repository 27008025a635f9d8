/**
 * Reads the scalar fields of one edge (mode, condition, label, join) from its plain-JS mapping.
 * Pure; never throws.
 */
import { EDGE_MODES } from './types';
import type { JoinMode, WorkflowEdge } from './types';
import { finiteNumber, optional, textOf, trimmedText } from './values';

const MODES: ReadonlySet<string> = new Set(EDGE_MODES);

/** Join modes as written in files; the VS Code schema's `all | any | count` included. */
const JOIN_MODES: ReadonlyMap<string, JoinMode> = new Map([
  ['wait_all', 'wait_all'],
  ['wait_any', 'wait_any'],
  ['wait_n', 'wait_n'],
  ['all', 'wait_all'],
  ['any', 'wait_any'],
  ['count', 'wait_n'],
]);

/** The edge fields that come from its scalars alone. */
export type EdgeScalars = Pick<
  WorkflowEdge,
  'mode' | 'modeKnown' | 'condition' | 'conditionKey' | 'label' | 'joinMode' | 'joinCount'
> & {
  /** Both `when` and `condition` are written. */
  readonly bothConditions: boolean;
};

/** True when `mode` is one of the known edge modes. */
export function isKnownMode(mode: string): boolean {
  return MODES.has(mode);
}

function conditionText(value: unknown): string | undefined {
  const text = textOf(value);
  return text === undefined || text.trim() === '' ? undefined : text;
}

/** Reads mode, condition (`when ?? condition`), label and join of an edge mapping. */
export function readEdgeScalars(raw: Record<string, unknown>): EdgeScalars {
  const mode = textOf(raw['mode'])?.trim() || 'sequential';
  const when = conditionText(raw['when']);
  const condition = conditionText(raw['condition']);
  const key: 'when' | 'condition' | undefined =
    when !== undefined ? 'when' : condition !== undefined ? 'condition' : undefined;
  const joinKey = textOf(raw['join_mode'])?.trim().toLowerCase();
  const joinCount = finiteNumber(raw['join_count']);
  return {
    mode,
    modeKnown: isKnownMode(mode),
    ...optional('condition', when ?? condition),
    ...optional('conditionKey', key),
    ...optional('label', trimmedText(raw['label'])),
    ...optional('joinMode', joinKey === undefined ? undefined : JOIN_MODES.get(joinKey)),
    ...optional(
      'joinCount',
      joinCount !== undefined && joinCount >= 1 ? Math.floor(joinCount) : undefined,
    ),
    bothConditions: raw['when'] != null && raw['condition'] != null,
  };
}
