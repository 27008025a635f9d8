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

/**
 * The current supplied value of `path` of `node`: an output name, or an output name with fields
 * (`result.exit_code`). The qualified key wins; a bare key applies when the node declares the
 * output.
 */
export function suppliedOutput(s: Source, node: string, path: string): SimValue | undefined {
  const name = path.split('.')[0] ?? path;
  const declared = s.info.nodeById.get(node)?.outputs.some((o) => o.name === name) === true;
  return own(s.values, `${node}.${path}`) ?? (declared ? own(s.values, path) : undefined);
}

/** Paths to try for an output with fields, most specific first, with their scope keys. */
function candidates(name: string, fields: readonly string[], written: string): [string, string][] {
  const full = [name, ...fields].join('.');
  const list: [string, string][] = [];
  if (fields.length > 0) list.push([full, [written, ...fields].join('.')]);
  list.push([name, written]);
  return list;
}

function nodeOutput(
  s: Source,
  node: string,
  name: string,
  fields: readonly string[],
  written: string,
): Resolved {
  const run = s.nodes[node];
  const full = [name, ...fields].join('.');
  const variable = [written, ...fields].join('.');
  for (const [path, key] of candidates(name, fields, written)) {
    const value =
      run?.outputs === undefined
        ? own(s.provided, `${node}.${path}`)
        : (own(run.outputs, path) ?? suppliedOutput(s, node, path));
    if (value !== undefined) return { ok: true, key, value };
  }
  const reason =
    run?.outputs === undefined
      ? `${node} has not run yet, so its output ${name} is not available`
      : `no value was supplied for ${full} of ${node}`;
  return { ok: false, missing: { variable, key: `${node}.${full}`, node, reason } };
}

function bareOutput(
  s: Source,
  name: string,
  fields: readonly string[],
  declarers: readonly string[],
): Resolved {
  let latest: string | undefined;
  let latestSeq = -1;
  for (const id of declarers) {
    const seq = s.nodes[id]?.seq;
    if (s.nodes[id]?.outputs !== undefined && seq !== undefined && seq > latestSeq) {
      latest = id;
      latestSeq = seq;
    }
  }
  if (latest !== undefined) return nodeOutput(s, latest, name, fields, name);
  for (const [path, key] of candidates(name, fields, name)) {
    const value =
      own(s.provided, path) ??
      declarers.map((d) => own(s.provided, `${d}.${path}`)).find((v) => v !== undefined);
    if (value !== undefined) return { ok: true, key, value };
  }
  const full = [name, ...fields].join('.');
  const reason = `${name} is an output of ${declarers.join(', ')}, which has not run yet`;
  const first = declarers[0];
  return {
    ok: false,
    missing: { variable: full, key: full, ...(first === undefined ? {} : { node: first }), reason },
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
  const [head = '', second, third] = segments;
  if (head === 'outputs' && second !== undefined && third !== undefined) {
    if (s.info.nodeById.has(second)) {
      return nodeOutput(s, second, third, segments.slice(3), `outputs.${second}.${third}`);
    }
    // Not a node of this workflow: supplied as `<second>.<third>` (keys lose `outputs.`).
    const r = freePath(s, segments.slice(1));
    if (r.ok) return { ok: true, key: `outputs.${r.key}`, value: r.value };
    return { ok: false, missing: { ...r.missing, variable } };
  }
  if (head === 'inputs' && second !== undefined) return freePath(s, segments);
  if (second !== undefined && s.info.nodeById.has(head)) {
    return nodeOutput(s, head, second, segments.slice(2), `${head}.${second}`);
  }
  const declarers = s.info.declarers.get(head);
  if (declarers !== undefined) return bareOutput(s, head, segments.slice(1), declarers);
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
