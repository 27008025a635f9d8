/**
 * Where edges name nodes: `from`, `to`, switch `cases` targets (list `[{value, to}]` or map
 * `{value: id}`) and `default_to`. Internal to `edits/`; pure.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair, Scalar, YAMLMap } from 'yaml';
import { findPair, idOf } from './ast';
import type { EdgeEntry } from './workflow';

/** One place an edge names a node. */
export interface NodeMention {
  readonly scalar: Scalar;
  /** The mapping holding the scalar (for its style). */
  readonly holder: YAMLMap;
  readonly id: string;
}

/** A switch case of an edge, for removal. */
export interface CaseMention extends NodeMention {
  /** List form: the item's index in `cases`; map form: the case's pair. */
  readonly entry: number | Pair;
}

function mention(holder: YAMLMap, key: string): NodeMention | undefined {
  const scalar = findPair(holder, key)?.value;
  const id = idOf(scalar);
  return isScalar(scalar) && id !== undefined ? { scalar, holder, id } : undefined;
}

/** The switch cases of an edge that name a node. */
export function caseMentions(edge: YAMLMap): CaseMention[] {
  const cases = findPair(edge, 'cases')?.value;
  const found: CaseMention[] = [];
  if (isSeq(cases)) {
    cases.items.forEach((item, index) => {
      const m = isMap(item) ? mention(item, 'to') : undefined;
      if (m !== undefined) found.push({ ...m, entry: index });
    });
  } else if (isMap(cases)) {
    for (const pair of cases.items) {
      const id = idOf(pair.value);
      if (isScalar(pair.value) && id !== undefined) {
        found.push({ scalar: pair.value, holder: cases, id, entry: pair });
      }
    }
  }
  return found;
}

/** Every place `edge` names a node. */
export function edgeMentions(edge: EdgeEntry): NodeMention[] {
  const direct = ['from', 'to', 'default_to'].map((key) => mention(edge.map, key));
  return [...direct.filter((m): m is NodeMention => m !== undefined), ...caseMentions(edge.map)];
}
