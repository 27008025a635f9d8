/**
 * Deciding which outgoing edges of a finished node are taken: evaluates conditions and switch
 * values, and collects what is missing or needs the user's choice. Decides nothing partially:
 * either every outgoing edge is decided, or the run pauses with nothing changed. Internal.
 */
import { formatValue, substitute } from '../expr';
import type { AnalyzedCondition, EvalValue, ExpressionEngine } from '../expr/types';
import type { EventInput } from './draft';
import type { Draft } from './draft';
import { isForEach, type Arc } from './graphInfo';
import { scopeFor } from './scope';
import type { AttemptOutcome, MissingValue, UndecidedCondition } from './types';

/** The decision for one arc. */
export interface ArcDecision {
  readonly arc: Arc;
  readonly taken: boolean;
  /** Why, in a few words ("condition true", "only on failure"…). */
  readonly why: string;
}

/** The result of deciding a node's outgoing arcs. */
export interface Decisions {
  readonly decided: ArcDecision[];
  /** Events to emit when the decisions are applied (condition and switch evaluations). */
  readonly events: EventInput[];
  readonly missing: { arc: Arc; values: MissingValue[] }[];
  /** Groups of arcs the user must decide (a switch's arcs form one exclusive group). */
  readonly undecided: { arcs: Arc[]; condition: UndecidedCondition; exclusive: boolean }[];
}

const ON_FAILURE = new Set(['fallback', 'error']);
const FAILURE_ONLY = new Set(['fallback', 'error', 'timeout']);

type Evaluated =
  | { kind: 'value'; value: EvalValue; substituted: string; explanation: string }
  | { kind: 'missing'; values: MissingValue[] }
  | { kind: 'undecided'; reason: string; hint?: string };

function evaluate(d: Draft, engine: ExpressionEngine, text: string): Evaluated {
  const analysed: AnalyzedCondition = engine.analyze(text);
  if (analysed.kind === 'not-cel') {
    const reason = `not a CEL expression (${analysed.reason})`;
    return {
      kind: 'undecided',
      reason,
      ...(analysed.hint === undefined ? {} : { hint: analysed.hint }),
    };
  }
  const { scope, missing } = scopeFor(d, analysed.variables);
  if (missing.length > 0) return { kind: 'missing', values: missing };
  const r = engine.evaluate(analysed, scope);
  if (!r.ok) {
    const reason =
      r.error.kind === 'error'
        ? `CEL cannot evaluate it: ${r.error.message}`
        : r.error.kind === 'not-cel'
          ? r.error.reason
          : `missing ${r.error.names.join(', ')}`;
    return { kind: 'undecided', reason };
  }
  return {
    kind: 'value',
    value: r.value,
    substituted: substitute(text, scope),
    explanation: engine.explain(analysed, scope),
  };
}

/** Does a switch case value (always text in the model) match the evaluated value? */
function caseMatches(caseValue: string, value: EvalValue): boolean {
  if (value === null) return caseValue === 'null';
  if (typeof value === 'number') return caseValue.trim() !== '' && Number(caseValue) === value;
  return caseValue === String(value);
}

function decideCondition(d: Draft, engine: ExpressionEngine, arc: Arc, out: Decisions): void {
  const text = arc.edge.condition;
  const choice = d.resolving?.choices[arc.id];
  const undecided = (reason: string, hint?: string): void => {
    if (choice !== undefined) {
      out.decided.push({ arc, taken: choice, why: choice ? 'chosen by you' : 'not chosen' });
      return;
    }
    const condition = {
      edge: arc.id,
      text: text ?? '',
      reason,
      ...(hint === undefined ? {} : { hint }),
    };
    out.undecided.push({ arcs: [arc], condition, exclusive: false });
  };
  if (text === undefined) {
    undecided(arc.mode === 'loop' ? 'a loop edge without a condition' : 'no condition');
    return;
  }
  const e = evaluate(d, engine, text);
  if (e.kind === 'missing') out.missing.push({ arc, values: e.values });
  else if (e.kind === 'undecided') undecided(e.reason, e.hint);
  else if (typeof e.value !== 'boolean') {
    undecided(`it gives ${formatValue(e.value)}, not true or false`);
  } else {
    out.decided.push({ arc, taken: e.value, why: e.value ? 'condition true' : 'condition false' });
    out.events.push({
      type: 'condition.evaluated',
      edge: arc.id,
      from: arc.from,
      to: arc.to,
      text,
      substituted: e.substituted,
      result: e.value,
      explanation: e.explanation,
      message: `${arc.from} → ${arc.to}: ${text} → ${e.substituted} → ${e.value}`,
    });
  }
}

function decideSwitch(d: Draft, engine: ExpressionEngine, arcs: Arc[], out: Decisions): void {
  const first = arcs[0];
  if (first === undefined) return;
  const edge = first.edge;
  const chosen = arcs.map((a) => d.resolving?.choices[a.id]);
  const undecided = (reason: string, hint?: string): void => {
    if (chosen.every((c) => c !== undefined)) {
      arcs.forEach((arc, i) => {
        const taken = chosen[i] === true;
        out.decided.push({ arc, taken, why: taken ? 'chosen by you' : 'not chosen' });
      });
      return;
    }
    const condition = {
      edge: first.id,
      text: edge.condition ?? '',
      reason,
      ...(hint === undefined ? {} : { hint }),
    };
    out.undecided.push({ arcs, condition, exclusive: true });
  };
  if (edge.condition === undefined) {
    undecided('a switch edge without a `when` value');
    return;
  }
  const e = evaluate(d, engine, edge.condition);
  if (e.kind === 'missing') {
    out.missing.push({ arc: first, values: e.values });
    return;
  }
  if (e.kind === 'undecided') {
    undecided(e.reason, e.hint);
    return;
  }
  const match = edge.cases.find((c) => caseMatches(c.value, e.value));
  const target = match?.to ?? edge.defaultTo;
  const why = match !== undefined ? `case ${match.value}` : 'default_to';
  for (const arc of arcs) {
    const taken = arc.to === target;
    out.decided.push({ arc, taken, why: taken ? why : 'another case' });
  }
  const shown = formatValue(e.value);
  out.events.push({
    type: 'switch.evaluated',
    edge: first.id,
    from: first.from,
    text: edge.condition,
    substituted: e.substituted,
    value: e.value,
    ...(target === undefined ? {} : { to: target }),
    message:
      target === undefined
        ? `${first.from}: ${edge.condition} = ${shown} matches no case and there is no default_to`
        : `${first.from}: ${edge.condition} = ${shown} → ${target} (${why})`,
  });
}

/** Decides every outgoing arc of `node` after an attempt ending in `outcome`. */
export function decideOutgoing(
  d: Draft,
  engine: ExpressionEngine,
  node: string,
  outcome: AttemptOutcome,
): Decisions {
  const out: Decisions = { decided: [], events: [], missing: [], undecided: [] };
  const arcs = d.info.out.get(node) ?? [];
  const byEdge = new Map<number, Arc[]>();
  for (const arc of arcs) byEdge.set(arc.edge.index, [...(byEdge.get(arc.edge.index) ?? []), arc]);
  for (const group of byEdge.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const mode = first.mode;
    if (outcome !== 'succeeded') {
      const handles = ON_FAILURE.has(mode) || (mode === 'timeout' && outcome === 'timed-out');
      const why = handles
        ? outcome === 'timed-out'
          ? 'on timeout'
          : 'on failure'
        : `${node} failed`;
      for (const arc of group) out.decided.push({ arc, taken: handles, why });
    } else if (FAILURE_ONLY.has(mode)) {
      for (const arc of group)
        out.decided.push({ arc, taken: false, why: `only when ${node} fails` });
    } else if (mode === 'switch') {
      decideSwitch(d, engine, group, out);
    } else if (mode === 'conditional' || (mode === 'loop' && !isForEach(first.edge))) {
      for (const arc of group) decideCondition(d, engine, arc, out);
    } else {
      const why = isForEach(first.edge) ? `for each item (one pass simulated)` : mode;
      for (const arc of group) out.decided.push({ arc, taken: true, why });
    }
  }
  return out;
}
