/**
 * Every variable the conditions of a workflow read, grouped by the node that produces it, with a
 * type and a default, so a UI can show typed inputs before a run.
 *
 * Types come from how conditions use the variable: compared with a literal → the literal's
 * type; `in [..]` → its elements' type; used as a boolean (`x`, `!x`, `x && …`) → boolean;
 * arithmetic or `<` between variables → number; text methods → text; a switch `when` → the
 * case values' type (number when all are numbers). Otherwise number.
 *
 * Defaults take the "happy" branch: the first comparison that reads a variable — in edge order,
 * conditions read left to right — is made true. Authors list the healthy branch first (the
 * reference example's `error_rate_10 < 0.01 && p99_latency_10 < 500` comes before its rollback
 * edge). So `x < 0.01` gives half the threshold (0.005) and `x < 500` gives 250 (a whole
 * threshold gives a whole number: `x < 1` gives 0); `x > 0.9` gives a value between the
 * threshold and 1, `x > 10` twice the threshold; `x >= t` and `x == v` give the literal, `x != v`
 * something else; `x in [a, b]` gives a; a bare `x` gives true (`!x`: false); a switch value
 * gives its first case.
 */
import type { Comparison, ComparisonOp, ConditionValue, ExpressionEngine } from '../expr/types';
import { negateOp } from '../expr';
import type { WorkflowGraph } from '../model/types';
import { graphInfo } from './graphInfo';
import type { SimValue } from './types';

/** A variable's value type, for a typed input. */
export type VariableType = 'number' | 'boolean' | 'string';

/** One variable conditions read. */
export interface VariableInfo {
  /** The values key to supply (`health_check_10.error_rate_10`, `inputs.env`, `approved`). */
  readonly key: string;
  /** The output (or input) name (`error_rate_10`). */
  readonly name: string;
  /** The producing node (absent for inputs and unknowns). */
  readonly node?: string;
  readonly type: VariableType;
  readonly defaultValue: SimValue;
  /** Why this default, in words. */
  readonly defaultRule: string;
  /** Drawn edge ids whose condition reads it. */
  readonly readBy: readonly string[];
  /** How conditions write it (`error_rate_10`, `outputs.health_check_10.error_rate_10`). */
  readonly written: readonly string[];
}

/** Variables of one producer: a node id, `inputs` (workflow inputs) or `unknown`. */
export interface VariableGroup {
  readonly group: string;
  readonly label: string;
  readonly variables: readonly VariableInfo[];
}

interface Use {
  readonly key: string;
  readonly name: string;
  readonly group: string;
}

/**
 * Where a variable as written belongs. Fields after an output name stay in the key
 * (`outputs.t.result.code` → `t.result.code`); a bare output name gives one use per declaring
 * node.
 */
function usesOf(graph: WorkflowGraph, variable: string): Use[] {
  const info = graphInfo(graph);
  const segments = variable.split('.');
  const [head = '', second, third] = segments;
  const rest = (from: number): string => segments.slice(from).join('.');
  if (
    head === 'outputs' &&
    second !== undefined &&
    third !== undefined &&
    info.nodeById.has(second)
  ) {
    return [{ key: `${second}.${rest(2)}`, name: rest(2), group: second }];
  }
  if (head === 'inputs' && second !== undefined) {
    return [{ key: variable, name: rest(1), group: 'inputs' }];
  }
  if (second !== undefined && info.nodeById.has(head)) {
    return [{ key: variable, name: rest(1), group: head }];
  }
  const declarers = info.declarers.get(head);
  if (declarers !== undefined) {
    return declarers.map((id) => ({ key: `${id}.${variable}`, name: variable, group: id }));
  }
  return [{ key: variable, name: variable, group: 'unknown' }];
}

function typeOf(c: Comparison): VariableType {
  switch (c.kind) {
    case 'compare':
      return typeof c.literal === 'number'
        ? 'number'
        : typeof c.literal === 'boolean'
          ? 'boolean'
          : 'string';
    case 'in':
      return typeof c.literals[0] === 'number'
        ? 'number'
        : typeof c.literals[0] === 'boolean'
          ? 'boolean'
          : 'string';
    case 'truthy':
      return 'boolean';
    case 'numeric':
      return 'number';
    case 'text':
      return 'string';
  }
}

const round = (x: number): number => Number(x.toPrecision(12));

/** A number for which `x op t` holds; whole when `t` is whole (counts stay counts). */
function numberSatisfying(op: ComparisonOp, t: number): number {
  const whole = Number.isInteger(t);
  switch (op) {
    case '<':
    case '<=':
      if (t <= 0) return op === '<' ? t - 1 : t;
      return whole ? Math.floor(t / 2) : round(t / 2);
    case '>':
      if (t < 0) return 0;
      if (whole) return t === 0 ? 1 : t * 2;
      return t < 1 ? round((t + 1) / 2) : round(t * 2);
    case '>=':
    case '==':
      return t;
    case '!=':
      return t + 1;
  }
}

function satisfying(op: ComparisonOp, literal: ConditionValue, type: VariableType): ConditionValue {
  if (typeof literal === 'number')
    return type === 'number' ? numberSatisfying(op, literal) : literal;
  if (typeof literal === 'boolean') return op === '!=' ? !literal : literal;
  if (op === '!=') return literal === '' ? 'other' : '';
  return op === '<' ? '' : op === '>' ? `${literal}z` : literal;
}

const shown = (v: ConditionValue): string =>
  typeof v === 'string' ? JSON.stringify(v) : String(v);

/** The default and its rule from the first comparison. */
function defaultFrom(c: Comparison, written: string, type: VariableType): [SimValue, string] {
  switch (c.kind) {
    case 'compare': {
      const op = c.positive ? c.op : negateOp(c.op);
      const value = satisfying(op, c.literal, type);
      return [
        value,
        `makes ${written} ${op} ${shown(c.literal)} true (the first condition reading it)`,
      ];
    }
    case 'in': {
      const value = c.positive ? c.literals[0] : undefined;
      if (value !== undefined)
        return [value, `the first of the values ${written} is tested against`];
      return [
        type === 'number' ? 0 : 'other',
        `a value outside the list ${written} is tested against`,
      ];
    }
    case 'truthy':
      return [
        c.positive,
        `makes ${c.positive ? '' : '!'}${written} true (the first condition reading it)`,
      ];
    case 'numeric':
    case 'text':
      return [
        type === 'number' ? 0 : type === 'boolean' ? true : '',
        'no comparison with a literal to go by',
      ];
  }
}

function switchType(values: readonly string[]): VariableType {
  if (values.length > 0 && values.every((v) => v.trim() !== '' && Number.isFinite(Number(v))))
    return 'number';
  if (values.length > 0 && values.every((v) => v === 'true' || v === 'false')) return 'boolean';
  return 'string';
}

interface Collected {
  use: Use;
  written: string[];
  readBy: string[];
  first?: { type: VariableType; value: SimValue; rule: string };
}

/**
 * Every variable read by conditions (conditional and loop edges) and switch `when`s, grouped by
 * producer: nodes in node order, then `inputs`, then `unknown`. See the module comment for types
 * and defaults. Conditions that are not CEL read nothing here.
 */
export function variablesOf(graph: WorkflowGraph, engine: ExpressionEngine): VariableGroup[] {
  const info = graphInfo(graph);
  const collected = new Map<string, Collected>();
  const seenEdges = new Set<number>();
  for (const arc of info.arcs) {
    const edge = arc.edge;
    if (seenEdges.has(edge.index) || edge.condition === undefined) continue;
    if (!['conditional', 'loop', 'switch'].includes(edge.mode)) continue;
    seenEdges.add(edge.index);
    const analysed = engine.analyze(edge.condition);
    if (analysed.kind !== 'cel') continue;
    const comparisons = engine.comparisons(analysed);
    for (const variable of analysed.variables) {
      for (const use of usesOf(graph, variable)) {
        const c = collected.get(use.key) ?? { use, written: [], readBy: [] };
        collected.set(use.key, c);
        if (!c.written.includes(variable)) c.written.push(variable);
        if (!c.readBy.includes(arc.id)) c.readBy.push(arc.id);
        if (c.first !== undefined) continue;
        if (edge.mode === 'switch' && edge.condition.trim() === variable) {
          const values = edge.cases.map((k) => k.value);
          const type = switchType(values);
          const raw = values[0] ?? '';
          const value = type === 'number' ? Number(raw) : type === 'boolean' ? raw === 'true' : raw;
          c.first = {
            type,
            value,
            rule: values.length > 0 ? 'the first case of the switch' : 'no case to go by',
          };
          continue;
        }
        const comparison = comparisons.find((k) => k.variable === variable);
        if (comparison === undefined) continue;
        const type = typeOf(comparison);
        const [value, rule] = defaultFrom(comparison, variable, type);
        c.first = { type, value, rule };
      }
    }
  }
  const groups = new Map<string, VariableInfo[]>();
  for (const c of collected.values()) {
    const list = groups.get(c.use.group) ?? [];
    groups.set(c.use.group, list);
    list.push({
      key: c.use.key,
      name: c.use.name,
      ...(c.use.group === 'inputs' || c.use.group === 'unknown' ? {} : { node: c.use.group }),
      type: c.first?.type ?? 'number',
      defaultValue: c.first?.value ?? 0,
      defaultRule: c.first?.rule ?? 'not compared with anything: 0',
      readBy: c.readBy,
      written: c.written,
    });
  }
  const order = [...graph.nodes.map((n) => n.id), 'inputs', 'unknown'];
  return order.flatMap((group) => {
    const variables = groups.get(group);
    if (variables === undefined) return [];
    const node = info.nodeById.get(group);
    const label = node?.label ?? (group === 'inputs' ? 'Workflow inputs' : 'Produced by no node');
    return [{ group, label, variables }];
  });
}

/** The defaults of {@link variablesOf} as run values (one key per variable). */
export function defaultValues(groups: readonly VariableGroup[]): Record<string, SimValue> {
  const values: Record<string, SimValue> = {};
  for (const g of groups) {
    for (const v of g.variables) {
      Object.defineProperty(values, v.key, {
        value: v.defaultValue,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return values;
}
