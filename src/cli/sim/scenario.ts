/**
 * The values a simulated run starts with: the app's "healthy" defaults for every variable the
 * conditions read (`variablesOf` / `defaultValues`), overridden by `--set`.
 */
import type { ExpressionEngine } from '@/expr';
import type { WorkflowGraph } from '@/model';
import { defaultValues, variablesOf, type SimValue, type VariableInfo } from '@/sim';

/** One value of the scenario and where it came from. */
export interface ScenarioValue {
  readonly key: string;
  readonly value: SimValue;
  /** `set`: from --set; `default`: the variable's default. */
  readonly source: 'set' | 'default';
  /** Why this default (defaults only). */
  readonly rule?: string;
}

/** The run's starting values, and `--set` keys that no condition reads. */
export interface Scenario {
  readonly values: Readonly<Record<string, SimValue>>;
  readonly listed: readonly ScenarioValue[];
  readonly unused: readonly string[];
}

const define = (target: Record<string, SimValue>, key: string, value: SimValue): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

/** `outputs.<node>.<name>` → `<node>.<name>` (how the simulator reads such keys). */
function normalKey(graph: WorkflowGraph, key: string): string {
  const [head, node, ...rest] = key.split('.');
  if (head === 'outputs' && node !== undefined && rest.length > 0 && graph.nodes.some((n) => n.id === node)) {
    return `${node}.${rest.join('.')}`;
  }
  return key;
}

/** True when a --set key supplies the variable `v` (so its default must not win over it). */
function covers(graph: WorkflowGraph, setKey: string, v: VariableInfo): boolean {
  const key = normalKey(graph, setKey);
  if (key === v.key) return true;
  // A bare output name applies to every node that declares it.
  return v.node !== undefined && key === v.name;
}

/**
 * The starting values: every variable's default unless `useDefaults` is false, then `set`
 * (a qualified default is dropped when a bare --set name covers it, since qualified keys win).
 */
export function buildScenario(
  graph: WorkflowGraph,
  engine: ExpressionEngine,
  set: Readonly<Record<string, SimValue>>,
  useDefaults: boolean,
): Scenario {
  const groups = variablesOf(graph, engine);
  const variables = groups.flatMap((g) => g.variables);
  const setKeys = Object.keys(set);
  const values: Record<string, SimValue> = {};
  const listed: ScenarioValue[] = [];
  if (useDefaults) {
    const defaults = defaultValues(groups);
    for (const v of variables) {
      if (setKeys.some((k) => covers(graph, k, v))) continue;
      const value = defaults[v.key] ?? v.defaultValue;
      define(values, v.key, value);
      listed.push({ key: v.key, value, source: 'default', rule: v.defaultRule });
    }
  }
  for (const key of setKeys) {
    const value = set[key];
    if (value === undefined) continue;
    define(values, key, value);
    listed.push({ key, value, source: 'set' });
  }
  const unused = setKeys.filter((k) => {
    const key = normalKey(graph, k);
    return !variables.some((v) => covers(graph, k, v) || v.written.includes(k) || v.name === key);
  });
  return { values, listed, unused };
}
