import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import type { SimSession } from './simTypes';

const reference = readFileSync(new URL('../examples/k8s-rollout.osop.yaml', import.meta.url), 'utf8');

const branches = `id: branches
nodes:
  - { id: check, type: api, outputs: [score] }
  - { id: high, type: cli }
  - { id: low, type: cli }
  - { id: review, type: human }
edges:
  - { from: check, to: high, mode: conditional, when: "score > 5" }
  - { from: check, to: low, mode: conditional, when: "score > 2" }
  - { from: high, to: review, mode: conditional, when: "the reviewer is happy" }
`;

async function simulating(text = reference, initial?: Record<string, number | string | boolean>) {
  const store = createAppStore({ text, source: { kind: 'example' } });
  await store.getState().startSimulation(initial);
  return store;
}

function session(store: Awaited<ReturnType<typeof simulating>>): SimSession {
  const s = store.getState().sim;
  if (s?.phase !== 'ready') throw new Error(`simulation not ready: ${s?.phase ?? 'off'} ${s?.error ?? ''}`);
  return s;
}

const states = (s: SimSession) => Object.fromEntries(Object.entries(s.shown?.nodes ?? {}).map(([id, n]) => [id, n.state]));

function playToEnd(store: Awaited<ReturnType<typeof simulating>>) {
  store.getState().simRunToEnd();
  for (let i = 0; i < 100 && session(store).playing; i++) store.getState().simTick();
}

describe('simulation slice', () => {
  it('lists the variables conditions read, grouped by node, with healthy defaults', async () => {
    const s = session(await simulating());
    expect(s.groups.map((g) => g.group)).toEqual(['health_check_10', 'health_check_50']);
    expect(s.values).toEqual({
      'health_check_10.error_rate_10': 0.005,
      'health_check_10.p99_latency_10': 250,
      'health_check_50.error_rate_50': 0.005,
      'health_check_50.p99_latency_50': 250,
    });
    expect(s.head?.stepCount).toBe(0);
    expect(s.log.map((e) => e.text)).toEqual(['run started at validate_manifests']);
  });

  it('runs the healthy path to the end, animated, one tick per step', async () => {
    const store = await simulating();
    playToEnd(store);
    const s = session(store);
    expect(s.playing).toBe(false);
    expect(s.head?.status).toBe('completed');
    expect(states(s)).toMatchObject({ canary_50: 'succeeded', health_check_50: 'succeeded', full_promote: 'succeeded', notify_status: 'succeeded', rollback: 'skipped' });
  });

  it('takes rollback at error_rate_10 = 0.02 from a link value (bare name), and a qualified key wins', async () => {
    let store = await simulating(reference, { error_rate_10: 0.02 });
    store.getState().setSimSpeed(0);
    store.getState().simRunToEnd();
    const s = session(store);
    expect(s.values['health_check_10.error_rate_10']).toBe(0.02);
    expect(states(s)).toMatchObject({ rollback: 'succeeded', notify_status: 'succeeded', canary_50: 'skipped', health_check_50: 'skipped', full_promote: 'skipped' });
    expect(s.head?.records.filter((r) => r.node === 'notify_status')).toHaveLength(1);
    expect(s.log.map((e) => e.text)).toContain('health_check_10: error_rate_10 = 0.02 ≥ 0.01 → rollback; skipped canary_50, health_check_50, full_promote');
    expect(s.conditions['health_check_10->canary_50']).toMatchObject({ substituted: '0.02 < 0.01 && 250 < 500', result: false });

    store = await simulating(reference, { error_rate_10: 0.02, 'health_check_10.error_rate_10': 0.001 });
    expect(session(store).values['health_check_10.error_rate_10']).toBe(0.001);
  });

  it('steps back to exactly the state before', async () => {
    const store = await simulating();
    for (let i = 0; i < 4; i++) store.getState().simStep();
    const before = session(store).head;
    store.getState().simStep();
    expect(session(store).head?.stepCount).toBe(5);
    store.getState().simStepBack();
    expect(session(store).head).toBe(before);
    expect(session(store).log).toHaveLength(5);
  });

  it('restarts on a value edited before the first step; later edits apply from the next step', async () => {
    const store = await simulating();
    store.getState().setSimValue('health_check_10.error_rate_10', 0.5);
    expect(session(store).head?.values['health_check_10.error_rate_10']).toBe(0.5);
    expect(session(store).head?.stepCount).toBe(0);
    store.getState().simStep();
    store.getState().setSimValue('health_check_10.error_rate_10', 0.001);
    expect(session(store).head?.stepCount).toBe(1);
    store.getState().setSimSpeed(0);
    store.getState().simRunToEnd();
    const s = session(store);
    expect(s.log.some((e) => e.kind === 'values' && e.text.includes('health_check_10.error_rate_10 = 0.001'))).toBe(true);
    expect(states(s)).toMatchObject({ full_promote: 'succeeded', rollback: 'skipped' });
  });

  it('pauses for a value nobody supplied and goes on once it is given', async () => {
    const store = await simulating();
    store.getState().setSimValue('health_check_10.p99_latency_10', undefined);
    store.getState().setSimSpeed(0);
    store.getState().simRunToEnd();
    let s = session(store);
    expect(s.head?.paused).toMatchObject({ kind: 'missing-value', names: ['health_check_10.p99_latency_10'] });
    store.getState().simProvide({ 'health_check_10.p99_latency_10': 900 });
    s = session(store);
    expect(s.values['health_check_10.p99_latency_10']).toBe(900);
    store.getState().simRunToEnd();
    expect(states(session(store))).toMatchObject({ rollback: 'succeeded', canary_50: 'skipped' });
  });

  it('pauses at a breakpoint; Run to end goes on past it', async () => {
    const store = await simulating();
    store.getState().toggleSimBreakpoint('rollback');
    store.getState().toggleSimBreakpoint('canary_50');
    playToEnd(store);
    let s = session(store);
    expect(s.head?.paused).toEqual({ kind: 'breakpoint', node: 'canary_50' });
    expect(states(s).canary_50).toBe('ready');
    playToEnd(store);
    s = session(store);
    expect(s.head?.status).toBe('completed');
    store.getState().toggleSimBreakpoint('canary_50');
    expect(session(store).breakpoints).toEqual(['rollback']);
  });

  it('shows an earlier step without losing the later ones, and can go on from there', async () => {
    const store = await simulating();
    store.getState().setSimSpeed(0);
    store.getState().simRunToEnd();
    const head = session(store).head;
    store.getState().viewSimStep(2);
    let s = session(store);
    expect(s.shown?.stepCount).toBe(2);
    expect(s.head).toBe(head);
    expect(states(s)).toMatchObject({ apply_manifests: 'succeeded', canary_10: 'ready', notify_status: 'pending' });
    store.getState().simStep();
    expect(session(store).viewStep).toBe(3);
    store.getState().simStepBack();
    store.getState().simStepBack();
    expect(session(store).viewStep).toBe(1);
    store.getState().simResumeFromView();
    s = session(store);
    expect(s.viewStep).toBeNull();
    expect(s.head?.stepCount).toBe(1);
    expect(s.log).toHaveLength(2);
  });

  it('injects failures: failing N times honours retries; failing for good with no fallback fails the run', async () => {
    const store = await simulating();
    store.getState().setSimSpeed(0);
    store.getState().setSimFailure('health_check_10', { mode: 'fail-times', times: 2 });
    store.getState().simRunToEnd();
    let s = session(store);
    expect(s.head?.records.filter((r) => r.node === 'health_check_10').map((r) => r.outcome)).toEqual(['failed', 'failed', 'succeeded']);
    expect(s.head?.status).toBe('completed');
    store.getState().setSimFailure('health_check_10', null);
    store.getState().setSimFailure('canary_10', { mode: 'timeout' });
    store.getState().simReset();
    store.getState().simRunToEnd();
    s = session(store);
    expect(s.head?.status).toBe('failed');
    expect(states(s).canary_10).toBe('failed');
  });

  it('keeps the iteration guard the user set', async () => {
    const store = await simulating();
    store.getState().setSimGuard(3);
    expect(session(store).head?.settings.iterationGuard).toBe(3);
    store.getState().setSimGuard(0);
    expect(session(store).guard).toBe(1);
  });

  it('saves, renames, applies and deletes scenarios', async () => {
    const store = await simulating();
    store.getState().setSimValue('health_check_10.error_rate_10', 0.02);
    const id = store.getState().saveSimScenario('  2% at 10%  ');
    expect(store.getState().simScenarios).toEqual([{ id, name: '2% at 10%', workflowId: 'k8s-rollout', values: session(store).values }]);
    store.getState().renameSimScenario(id, 'two percent');
    store.getState().setSimValue('health_check_10.error_rate_10', 0.001);
    expect(session(store).scenarioId).toBeNull();
    store.getState().applySimScenario(id);
    expect(session(store).values['health_check_10.error_rate_10']).toBe(0.02);
    expect(session(store).scenarioId).toBe(id);
    expect(store.getState().simScenarios[0]?.name).toBe('two percent');
    store.getState().deleteSimScenario(id);
    expect(store.getState().simScenarios).toEqual([]);
    expect(session(store).scenarioId).toBeNull();
  });

  it('restarts against a changed document, keeping values whose keys still exist', async () => {
    const store = await simulating();
    store.getState().setSimValue('health_check_10.error_rate_10', 0.02);
    store.getState().toggleSimBreakpoint('rollback');
    store.getState().simStep();
    store.getState().setText(reference.replace('error_rate_50 < 0.01 &&', 'error_rate_50 < 0.05 && canary_ok &&'), 'editor');
    const s = session(store);
    expect(s.head?.stepCount).toBe(0);
    expect(s.values['health_check_10.error_rate_10']).toBe(0.02);
    expect(s.values['canary_ok']).toBe(true);
    expect(s.breakpoints).toEqual(['rollback']);
  });

  it('keeps the run when only a node position changed', async () => {
    const store = await simulating();
    store.getState().simStep();
    const head = session(store).head;
    store.getState().setText(`${reference}x-layout:\n  nodes:\n    canary_10: { x: 240, y: 180 }\n`, 'canvas');
    expect(store.getState().graph?.layout.pinned).toHaveProperty('canary_10');
    expect(session(store).head).toBe(head);
  });

  it('warns when two conditional branches are true, and asks the user to pick for prose', async () => {
    const store = await simulating(branches);
    let s = session(store);
    expect(s.checks.map((c) => c.kind)).toEqual(['several-true']);
    store.getState().setSimValue('check.score', 1);
    expect(session(store).checks.map((c) => c.kind)).toEqual(['none-true']);
    store.getState().setSimValue('check.score', 9);
    store.getState().setSimSpeed(0);
    store.getState().simRunToEnd();
    s = session(store);
    const pause = s.head?.paused;
    expect(pause).toMatchObject({ kind: 'choose-branch', node: 'high', text: 'the reviewer is happy' });
    store.getState().simChoose(pause?.kind === 'choose-branch' ? pause.edges : []);
    store.getState().simRunToEnd();
    expect(states(session(store))).toMatchObject({ review: 'succeeded', low: 'succeeded' });
  });

  it('exports the run as an osoplog and replays it with the same controls', async () => {
    const store = await simulating(reference, { error_rate_10: 0.02 });
    store.getState().setSimSpeed(0);
    store.getState().simRunToEnd();
    const ran = states(session(store));
    const text = store.getState().exportSimRun() ?? '';
    expect(text).toContain('mode: simulated');
    expect(await store.getState().loadSimReplay(text)).toBeNull();
    let s = session(store);
    expect(s.replay?.workflowId).toBe('k8s-rollout');
    store.getState().simStep();
    expect(session(store).head?.stepCount).toBe(1);
    store.getState().simRunToEnd();
    s = session(store);
    expect(states(s)).toEqual(ran);
    store.getState().simReset();
    expect(session(store).head?.stepCount).toBe(0);
    expect(await store.getState().loadSimReplay('nodes: [')).toMatch(/cannot be replayed/);
    store.getState().exitSimReplay();
    expect(session(store).replay).toBeNull();
  });

  it('leaves Simulate, also while the engine is still loading', async () => {
    const store = createAppStore({ text: reference, source: { kind: 'example' } });
    const started = store.getState().startSimulation();
    expect(store.getState().sim?.phase).toBe('loading');
    store.getState().stopSimulation();
    await started;
    expect(store.getState().sim).toBeNull();
  });
});
