import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createCelEngine } from '../expr/cel';
import { parseWorkflow } from '../model';
import type { WorkflowGraph } from '../model/types';
import { fixtureGraph, referenceGraph } from './__fixtures__/workflows';
import { play } from './__fixtures__/harness';
import { setBreakpoints } from './control';
import { fromOsoplog, toOsoplog } from './osoplog';
import { createRun, runToEnd, step, stepBack } from './step';
import type { RunState } from './types';

const engine = createCelEngine();
const shared = join(import.meta.dirname, '../../../shared');
const schemaPath = join(shared, 'spec/schema/osoplog.schema.json');
const corpus = join(shared, 'corpus');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
}

const healthy = {
  error_rate_10: 0.001,
  p99_latency_10: 120,
  error_rate_50: 0.002,
  p99_latency_50: 180,
};

describe('toOsoplog', () => {
  const graph = referenceGraph();
  const run = runToEnd(
    createRun(graph, {
      values: { ...healthy, 'health_check_10.error_rate_10': 0.02 },
      failures: { health_check_10: { mode: 'fail-times', times: 1 } },
    }),
    engine,
  ).run;

  it('writes one node record per attempt with the supplied outputs, and skipped nodes', () => {
    const log = parse(toOsoplog(run, graph)) as Record<string, unknown>;
    const records = log['node_records'] as Record<string, unknown>[];
    expect(
      records.map(
        (r) =>
          `${String(r['node_id'])} ${typeof r['attempt'] === 'number' ? r['attempt'] : '-'} ${String(r['status'])}`,
      ),
    ).toEqual([
      'validate_manifests 1 COMPLETED',
      'apply_manifests 1 COMPLETED',
      'canary_10 1 COMPLETED',
      'health_check_10 1 FAILED',
      'health_check_10 2 COMPLETED',
      'rollback 1 COMPLETED',
      'notify_status 1 COMPLETED',
      'canary_50 - SKIPPED',
      'health_check_50 - SKIPPED',
      'full_promote - SKIPPED',
    ]);
    expect(records[4]).toMatchObject({
      node_type: 'api',
      outputs: { error_rate_10: 0.02, p99_latency_10: 120 },
    });
    expect(log).toMatchObject({
      osoplog_version: '1.0',
      workflow_id: 'k8s-rollout',
      mode: 'dry_run',
      status: 'COMPLETED',
      'x-simulation': { mode: 'simulated', iteration_guard: 10 },
    });
  });

  it.skipIf(!existsSync(schemaPath))(
    'validates against osoplog.schema.json (completed, failed and paused runs)',
    () => {
      const validate = validator();
      const failed = runToEnd(
        createRun(fixtureGraph('fallback.yaml'), { failures: { verify: { mode: 'fail' } } }),
        engine,
      ).run;
      const paused = runToEnd(createRun(graph), engine).run;
      const timeout = runToEnd(
        createRun(fixtureGraph('fallback.yaml'), { failures: { deploy: { mode: 'timeout' } } }),
        engine,
      ).run;
      const loops = play(fixtureGraph('loop-guard.yaml'), { values: { complete: false } }, engine);
      for (const r of [run, failed, paused, timeout, loops]) {
        const data = parse(toOsoplog(r)) as unknown;
        const valid = validate(data);
        expect(validate.errors ?? [], r.status).toEqual([]);
        expect(valid).toBe(true);
      }
      expect(parse(toOsoplog(failed))).toMatchObject({ status: 'FAILED' });
      expect(parse(toOsoplog(paused))).toMatchObject({ status: 'BLOCKED' });
    },
  );

  it('is deterministic, with a fake clock and ids from options', () => {
    expect(toOsoplog(run, graph)).toBe(toOsoplog(run, graph));
    const text = toOsoplog(run, graph, {
      startedAt: '2026-05-01T10:00:00Z',
      stepMs: 250,
      runId: 'r-1',
    });
    const log = parse(text) as Record<string, unknown>;
    expect(log).toMatchObject({
      run_id: 'r-1',
      started_at: '2026-05-01T10:00:00.000Z',
      duration_ms: run.stepCount * 250,
    });
    expect(text).toContain('started_at: "2026-05-01T10:00:00.000Z"');
    const other = runToEnd(createRun(graph, { values: healthy }), engine).run;
    expect((parse(toOsoplog(other)) as Record<string, unknown>)['run_id']).not.toBe(log['run_id']);
  });
});

/** Every step of a replay, checking Step back on the way. */
function replayAll(run: RunState): RunState {
  let current = run;
  for (let i = 0; i < 1_000 && current.status === 'running'; i++) {
    const next = step(current, engine).run;
    expect(stepBack(next)).toBe(current);
    current = next;
  }
  return current;
}

describe('fromOsoplog', () => {
  it('replays an exported run with the same node states, records and outputs', () => {
    const graph = referenceGraph();
    const original = runToEnd(
      createRun(graph, { values: { ...healthy, 'health_check_10.error_rate_10': 0.02 } }),
      engine,
    ).run;
    const imported = fromOsoplog(toOsoplog(original), graph);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.info).toMatchObject({
      workflowId: 'k8s-rollout',
      status: 'COMPLETED',
      mode: 'dry_run',
      unknownNodes: [],
    });
    const start = imported.value.run;
    expect(Object.values(start.nodes).filter((n) => n.state === 'succeeded')).toEqual([]);
    const done = replayAll(start);
    expect(done.status).toBe('completed');
    expect(Object.fromEntries(Object.entries(done.nodes).map(([k, n]) => [k, n.state]))).toEqual(
      Object.fromEntries(Object.entries(original.nodes).map(([k, n]) => [k, n.state])),
    );
    expect(done.edges).toEqual(original.edges);
    expect(done.records.map((r) => [r.node, r.attempt, r.outcome, r.outputs])).toEqual(
      original.records.map((r) => [r.node, r.attempt, r.outcome, r.outputs]),
    );
    expect(runToEnd(start, engine).run.status).toBe('completed');
    const paused = runToEnd(setBreakpoints(start, ['rollback']), engine).run;
    expect(paused.paused).toEqual({ kind: 'breakpoint', node: 'rollback' });
    expect(paused.nodes['rollback']?.state).toBe('pending');
    expect(runToEnd(paused, engine).run.status).toBe('completed');
  });

  it('writes output fields as nested maps and reads them back as dotted names', () => {
    const graph = fixtureGraph('missing-value.yaml');
    const run = runToEnd(
      createRun(graph, {
        values: {
          'scan.vulnerabilities': 0,
          'scan.report.critical': 0,
          'scan.report.high': 2,
          'inputs.environment': 'staging',
        },
      }),
      engine,
    ).run;
    const text = toOsoplog(run);
    const records = (parse(text) as { node_records: { outputs?: unknown }[] }).node_records;
    expect(records[0]?.outputs).toEqual({ vulnerabilities: 0, report: { critical: 0, high: 2 } });
    const replay = fromOsoplog(text, graph);
    if (!replay.ok) throw new Error(replay.error);
    const done = runToEnd(replay.value.run, engine).run;
    expect(done.records[0]?.outputs).toEqual({
      vulnerabilities: 0,
      'report.critical': 0,
      'report.high': 2,
    });
  });

  it('rejects text that is not an osoplog', () => {
    const graph = referenceGraph();
    expect(fromOsoplog('a: [', graph).ok).toBe(false);
    expect(fromOsoplog('nodes: []', graph).ok).toBe(false);
  });
});

function findFiles(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findFiles(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

/** The workflow a corpus log records: the same id, or its sibling file (FORMAT.md §7). */
function pairedWorkflow(
  logPath: string,
  workflows: readonly { path: string; graph: WorkflowGraph }[],
): WorkflowGraph | undefined {
  const id = (parse(readFileSync(logPath, 'utf8')) as Record<string, unknown>)['workflow_id'];
  const sibling = logPath.replace(/\.osoplog\.yaml$/, '.osop');
  return (
    workflows.find((w) => w.path === sibling) ?? workflows.find((w) => w.graph.meta.id === id)
  )?.graph;
}

describe.skipIf(!existsSync(corpus))('corpus osoplogs', () => {
  it('replay on their workflows, step by step, in record order', () => {
    const workflows = findFiles(corpus, '.osop')
      .concat(findFiles(corpus, '.osop.yaml'))
      .flatMap((path) => {
        const graph = parseWorkflow(readFileSync(path, 'utf8')).graph;
        return graph === null ? [] : [{ path, graph }];
      });
    const logs = findFiles(corpus, '.osoplog.yaml');
    let paired = 0;
    for (const logPath of logs) {
      const graph = pairedWorkflow(logPath, workflows);
      if (graph === undefined) continue;
      paired++;
      const text = readFileSync(logPath, 'utf8');
      const imported = fromOsoplog(text, graph);
      if (!imported.ok) throw new Error(`${logPath}: ${imported.error}`);
      const records = (parse(text) as { node_records: { node_id: string }[] }).node_records;
      const done = replayAll(imported.value.run);
      expect(done.status, logPath).toBe('completed');
      expect(
        done.records.map((r) => r.node),
        logPath,
      ).toEqual(records.map((r) => r.node_id));
      expect(imported.value.info.unknownNodes, logPath).toEqual([]);
      for (const node of graph.nodes) {
        const state = done.nodes[node.id]?.state;
        const ran = records.some((r) => r.node_id === node.id);
        expect(state === 'succeeded' || state === 'failed', `${logPath} ${node.id}`).toBe(ran);
      }
    }
    expect(paired).toBeGreaterThanOrEqual(3);
  });
});
