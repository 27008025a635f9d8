/**
 * What a condition sees: resolves each name it reads against the run (outputs of nodes that
 * have run, supplied values), and says what is missing and which key would supply it. Internal.
 *
 * Resolution of a name as written in a condition:
 * - `outputs.<node>.<name>` and `<node>.<name>` (first segment a node id): once the node has run,
 *   its recorded output, else the current value of `<node>.<name>` (or of the bare `<name>` when
 *   the node declares it). Before the node has run: only a value supplied while paused.
 * - `inputs.<name>`: the value of `inputs.<name>`.
 * - a bare name declared as an output: the output of the declaring node that ran last (as
 *   osop-mcp's executor: last writer wins); before any has run, only a value supplied while paused.
 * - any other name or path (`approved`, `config.mode`): the longest supplied key it starts with.
 */
import type { Scope } from '../expr/types';
import type { Draft } from './draft';
import type { MissingValue, SimValue } from './types';

type Resolved =
  | { readonly ok: true; readonly key: string; readonly value: SimValue }
  | { readonly ok: false; readonly missing: MissingValue };

type Source = Pick<Draft, 'graph' | 'info' | 'nodes' | 'values' | 'provided'>;

const own = (record: Readonly<Record<string, SimValue>>, key: string): SimValue | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The current supplied value of output `name` of `node` (qualified key wins). */
export function suppliedOutput(s: Source, node: string, name: string): SimValue | undefined {
  const declared = s.info.nodeById.get(node)?.outputs.some((o) => o.name === name) === true;
  return own(s.values, `${node}.${name}`) ?? (declared ? own(s.values, name) : undefined);
}

function nodeOutput(s: Source, node: string, name: string, scopeKey: string): Resolved {
  const run = s.nodes[node];
  if (run?.outputs !== undefined) {
    const value = own(run.outputs, name) ?? suppliedOutput(s, node, name);
    if (value !== undefined) return { ok: true, key: scopeKey, value };
    const reason = `no value was supplied for output ${name} of ${node}`;
    return { ok: false, missing: { variable: scopeKey, key: `${node}.${name}`, node, reason } };
  }
  const value = own(s.provided, `${node}.${name}`);
  if (value !== undefined) return { ok: true, key: scopeKey, value };
  const reason = `${node} has not run yet, so its output ${name} is not available`;
  return { ok: false, missing: { variable: scopeKey, key: `${node}.${name}`, node, reason } };
}

function bareOutput(s: Source, name: string, declarers: readonly string[]): Resolved {
  let latest: string | undefined;
  let latestSeq = -1;
  for (const id of declarers) {
    const seq = s.nodes[id]?.seq;
    if (s.nodes[id]?.outputs !== undefined && seq !== undefined && seq > latestSeq) {
      latest = id;
      latestSeq = seq;
    }
  }
  if (latest !== undefined) {
    const r = nodeOutput(s, latest, name, name);
    return r.ok ? r : { ok: false, missing: { ...r.missing, variable: name } };
  }
  const value =
    own(s.provided, name) ??
    declarers.map((d) => own(s.provided, `${d}.${name}`)).find((v) => v !== undefined);
  if (value !== undefined) return { ok: true, key: name, value };
  const who = declarers.join(', ');
  const reason = `${name} is an output of ${who}, which has not run yet`;
  const first = declarers[0];
  return {
    ok: false,
    missing: { variable: name, key: name, ...(first === undefined ? {} : { node: first }), reason },
  };
}

function freePath(s: Source, segments: readonly string[]): Resolved {
  for (let n = segments.length; n >= 1; n--) {
    const key = segments.slice(0, n).join('.');
    const value = own(s.provided, key) ?? own(s.values, key);
    if (value !== undefined) return { ok: true, key, value };
  }
  const key = segments.join('.');
  return { ok: false, missing: { variable: key, key, reason: `no value was supplied for ${key}` } };
}

/** Resolves one name a condition reads (see the module comment). */
export function resolveVariable(s: Source, variable: string): Resolved {
  const segments = variable.split('.');
  const [head, second, third] = segments;
  if (
    head === 'outputs' &&
    second !== undefined &&
    third !== undefined &&
    s.info.nodeById.has(second)
  ) {
    return nodeOutput(s, second, third, `outputs.${second}.${third}`);
  }
  if (head === 'outputs' && second !== undefined && third !== undefined) {
    // Not a node of this workflow: supplied as `<second>.<third>` (keys lose `outputs.`).
    const r = freePath(s, [second, third]);
    if (r.ok) return { ok: true, key: `outputs.${r.key}`, value: r.value };
    return { ok: false, missing: { ...r.missing, variable } };
  }
  if (head === 'inputs' && second !== undefined) return freePath(s, ['inputs', second]);
  if (head !== undefined && second !== undefined && s.info.nodeById.has(head)) {
    return nodeOutput(s, head, second, `${head}.${second}`);
  }
  const declarers = s.info.declarers.get(head ?? '');
  if (head !== undefined && declarers !== undefined) return bareOutput(s, head, declarers);
  return freePath(s, segments);
}

/** The scope for a condition reading `variables`, and what is missing. */
export function scopeFor(
  s: Source,
  variables: readonly string[],
): { scope: Scope; missing: MissingValue[] } {
  const scope: Record<string, SimValue> = {};
  const missing: MissingValue[] = [];
  for (const variable of variables) {
    const r = resolveVariable(s, variable);
    if (r.ok) {
      Object.defineProperty(scope, r.key, {
        value: r.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      missing.push(r.missing);
    }
  }
  return { scope, missing };
}
