/**
 * Runs as `.osoplog.yaml` execution records: export a simulated run, and import a recorded run
 * as a replay that steps like a simulation.
 *
 * The osoplog schema's `mode` is an enum of `live | dry_run`, without `simulated`. An export
 * writes `mode: dry_run` (nothing was executed — the closest valid value) and says `simulated`
 * where extensions belong: `x-simulation: { mode: simulated, … }` with the scenario (values,
 * injected failures, iteration guard), `trigger.source: simulation` and `runtime.source:
 * simulator`. The result validates against `osoplog.schema.json`.
 */
import { Document, parseDocument, visit } from 'yaml';
import { hashString } from '../lib/hash';
import { err, ok, type Result } from '../lib/result';
import type { WorkflowGraph } from '../model/types';
import { EXTENDED_NODE_TYPES, CORE_NODE_TYPES } from '../model/types';
import { startNodes } from '../model';
import { createRun } from './step';
import type { AttemptOutcome, NodeState, ReplayRecord, RunState, SimValue } from './types';

/** Options of {@link toOsoplog}. */
export interface OsoplogOptions {
  /** When the run started (ISO 8601). Default `2000-01-01T00:00:00.000Z`: a fake, fixed clock. */
  readonly startedAt?: string;
  /** Simulated duration of one step in ms (default 1000). */
  readonly stepMs?: number;
  /** The run id; default derived from the workflow and the run (same run → same id). */
  readonly runId?: string;
  /** `trigger.actor` (default `osop-canvas`). */
  readonly actor?: string;
}

const DEFAULT_START = '2000-01-01T00:00:00.000Z';
const SCHEMA_NODE_TYPES: ReadonlySet<string> = new Set(
  [...CORE_NODE_TYPES, ...EXTENDED_NODE_TYPES].filter(
    (t) => !['event', 'gateway', 'company', 'department'].includes(t),
  ),
);

const STATUS: Readonly<Record<AttemptOutcome, string>> = {
  succeeded: 'COMPLETED',
  failed: 'FAILED',
  'timed-out': 'TIMEOUT',
};

function runStatus(run: RunState): string {
  if (run.status === 'completed') return 'COMPLETED';
  if (run.status === 'failed') return 'FAILED';
  return 'BLOCKED';
}

/** Outputs with dotted names (`result.exit_code`) as nested maps, when that loses nothing. */
function nested(outputs: Readonly<Record<string, SimValue>>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const flat: [string, SimValue][] = [];
  for (const [key, value] of Object.entries(outputs)) {
    const path = key.split('.');
    let node = root;
    let ok = path.every((p) => p !== '');
    for (const part of path.slice(0, -1)) {
      if (!ok) break;
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      if (next === undefined) node[part] = node = {};
      else if (isRecord(next)) node = next;
      else ok = false;
    }
    const last = path[path.length - 1] ?? key;
    if (ok && !Object.hasOwn(node, last)) node[last] = value;
    else flat.push([key, value]);
  }
  for (const [key, value] of flat) root[key] = value;
  return root;
}

/** The default run id: `sim-<workflow>-<hash of scenario and outcome>`. */
function runIdOf(run: RunState, workflowId: string): string {
  const scenario = JSON.stringify([
    workflowId,
    Object.entries(run.values).sort(),
    Object.entries(run.settings.failures).sort(),
    run.settings.iterationGuard,
    run.records.map((r) => [r.node, r.attempt, r.outcome]),
    run.status,
  ]);
  return `sim-${workflowId}-${hashString(scenario)}`;
}

/**
 * The run as `.osoplog.yaml` text: one node record per attempt (node_id, node_type when the
 * schema knows it, attempt, status, times from a fake clock, the supplied outputs), plus a
 * SKIPPED record for each node the run skipped. Deterministic: the same run and options give
 * the same text. A run still going or paused is written with status BLOCKED.
 */
export function toOsoplog(
  run: RunState,
  graph: WorkflowGraph = run.graph,
  options: OsoplogOptions = {},
): string {
  const start = Date.parse(options.startedAt ?? DEFAULT_START);
  const origin = Number.isFinite(start) ? start : Date.parse(DEFAULT_START);
  const stepMs = Math.max(0, Math.round(options.stepMs ?? 1000));
  const at = (step: number): string => new Date(origin + step * stepMs).toISOString();
  const workflowId = graph.meta.id ?? 'workflow';
  const typeOf = (id: string): Record<string, string> => {
    const type = graph.nodes.find((n) => n.id === id)?.type ?? '';
    return SCHEMA_NODE_TYPES.has(type) ? { node_type: type } : {};
  };
  const nodeRecords: Record<string, unknown>[] = run.records.map((r) => ({
    node_id: r.node,
    ...typeOf(r.node),
    attempt: r.attempt,
    status: STATUS[r.outcome],
    started_at: at(r.step - 1),
    ended_at: at(r.step),
    duration_ms: stepMs,
    ...(r.outcome === 'succeeded' && Object.keys(r.outputs).length > 0
      ? { outputs: nested(r.outputs) }
      : {}),
    ...(r.outcome === 'failed' ? { error: 'marked as failing in the simulation' } : {}),
    ...(r.outcome === 'timed-out' ? { error: 'marked as timing out in the simulation' } : {}),
    ...(r.iteration > 1 ? { 'x-iteration': r.iteration } : {}),
  }));
  for (const node of graph.nodes) {
    if (run.nodes[node.id]?.state !== 'skipped') continue;
    nodeRecords.push({
      node_id: node.id,
      ...typeOf(node.id),
      status: 'SKIPPED',
      reason: 'no incoming edge was taken',
    });
  }
  const steps = run.stepCount;
  const path = run.records.filter((r) => r.outcome === 'succeeded').map((r) => r.node);
  const log = {
    osoplog_version: '1.0',
    run_id: options.runId ?? runIdOf(run, workflowId),
    workflow_id: workflowId,
    ...(graph.meta.version === undefined ? {} : { workflow_version: graph.meta.version }),
    mode: 'dry_run',
    status: runStatus(run),
    trigger: {
      type: 'manual',
      actor: options.actor ?? 'osop-canvas',
      timestamp: at(0),
      source: 'simulation',
    },
    started_at: at(0),
    ended_at: at(steps),
    duration_ms: steps * stepMs,
    runtime: { agent: 'osop-canvas', source: 'simulator' },
    node_records: nodeRecords,
    result_summary: `Simulated run (${run.status}): ${path.join(' → ') || 'no node succeeded'}`,
    'x-simulation': {
      mode: 'simulated',
      values: { ...run.values },
      failures: Object.fromEntries(
        Object.entries(run.settings.failures).map(([k, f]) => [k, { ...f }]),
      ),
      iteration_guard: run.settings.iterationGuard,
    },
  };
  const doc = new Document(log);
  // Quote timestamps: YAML 1.1 readers (PyYAML) would otherwise read them as dates.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^\d{4}-\d\d-\d\dT/.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const NODE_STATE: Readonly<Record<string, NodeState>> = {
  COMPLETED: 'succeeded',
  DRY_RUN: 'succeeded',
  FAILED: 'failed',
  ERROR: 'failed',
  TIMEOUT: 'failed',
  TIMED_OUT: 'failed',
  SKIPPED: 'skipped',
  BLOCKED: 'skipped',
  RUNNING: 'running',
};

const scalarText = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Record outputs as run values: scalars as they are, maps as dotted names, lists as JSON. */
function simOutputs(raw: unknown): Record<string, SimValue> {
  const outputs: Record<string, SimValue> = {};
  const put = (key: string, value: unknown, depth: number): void => {
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
      Object.defineProperty(outputs, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (isRecord(value) && depth < 8) {
      for (const [k, v] of Object.entries(value)) put(`${key}.${k}`, v, depth + 1);
    } else if (value !== null && value !== undefined) {
      put(key, JSON.stringify(value), depth);
    }
  };
  if (isRecord(raw)) for (const [key, value] of Object.entries(raw)) put(key, value, 0);
  return outputs;
}

function noteOf(record: Record<string, unknown>): string | undefined {
  const error = record['error'];
  if (typeof error === 'string') return error;
  if (isRecord(error) && typeof error['message'] === 'string') return error['message'];
  return typeof record['reason'] === 'string' ? record['reason'] : undefined;
}

/** Summary of an imported log. */
export interface OsoplogInfo {
  readonly runId: string;
  readonly workflowId: string;
  readonly status: string;
  readonly mode?: string;
  /** Records whose node_id is not a node of the workflow. */
  readonly unknownNodes: readonly string[];
  /** Set when the log is for another workflow id than the graph's. */
  readonly workflowMismatch?: string;
}

/**
 * A recorded run (`.osoplog.yaml` text) as a replay on `graph`: a run state whose `step` applies
 * the next node record (statuses, order, outputs), so Step, Step back, Run to end and Reset work
 * as for a simulation. Edges are inferred (taken when the target ran after the source). Errors
 * for text that is not an osoplog (no `node_records` list is fine: an empty replay).
 */
export function fromOsoplog(
  text: string,
  graph: WorkflowGraph,
): Result<{ run: RunState; info: OsoplogInfo }, string> {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return err(`not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
  if (!isRecord(data) || data['osoplog_version'] === undefined)
    return err('not an .osoplog: no osoplog_version');
  const ids = new Set(graph.nodes.map((n) => n.id));
  const rawRecords = Array.isArray(data['node_records']) ? (data['node_records'] as unknown[]) : [];
  const records: ReplayRecord[] = rawRecords.filter(isRecord).flatMap((r) => {
    const node = r['node_id'];
    if (typeof node !== 'string' || node === '') return [];
    const status = typeof r['status'] === 'string' ? r['status'].toUpperCase() : 'COMPLETED';
    const attempt =
      typeof r['attempt'] === 'number' && r['attempt'] >= 1 ? Math.floor(r['attempt']) : 1;
    const note = noteOf(r);
    return [
      {
        node,
        attempt,
        state: NODE_STATE[status] ?? 'succeeded',
        status,
        outputs: simOutputs(r['outputs']),
        known: ids.has(node),
        ...(note === undefined ? {} : { note }),
      },
    ];
  });
  const status = typeof data['status'] === 'string' ? data['status'] : 'COMPLETED';
  const workflowId = scalarText(data['workflow_id']);
  const base = createRun(graph);
  const starts = startNodes(graph).map((n) => n.id);
  const run: RunState = {
    ...base,
    queue: [],
    nodes: Object.fromEntries(
      Object.entries(base.nodes).map(([id, n]) => [
        id,
        { ...n, state: starts.includes(id) ? 'ready' : 'pending' },
      ]),
    ),
    replay: {
      records,
      next: 0,
      finalStatus: status === 'COMPLETED' || status === 'DRY_RUN' ? 'completed' : 'failed',
    },
    events: base.events.filter((e) => e.type !== 'run.paused'),
  };
  const { paused: _unused, ...unpaused } = run;
  const info: OsoplogInfo = {
    runId: scalarText(data['run_id']),
    workflowId,
    status,
    ...(typeof data['mode'] === 'string' ? { mode: data['mode'] } : {}),
    unknownNodes: [...new Set(records.filter((r) => !r.known).map((r) => r.node))],
    ...(graph.meta.id !== undefined && workflowId !== graph.meta.id
      ? { workflowMismatch: `the log is for ${workflowId}, the workflow is ${graph.meta.id}` }
      : {}),
  };
  return ok({ run: { ...unpaused, status: 'running' }, info });
}
