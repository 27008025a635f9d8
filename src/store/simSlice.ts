/**
 * The simulation slice: Simulate mode's values, settings, run (with its past states for Step back
 * and time travel), animation flag and scenarios. Never in undo history. The simulator and the
 * CEL engine load on the first `startSimulation` (separate chunks). When the graph changes during
 * a simulation, the run restarts against the new graph, keeping values whose keys still exist.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { WorkflowGraph } from '@/model/types';
import type { RunState } from '@/sim';
import { loadSimulator, type Simulator } from './simLoader';
import { carryValues, freshRun, overlayValues, pendingValues, put, simKeyOf, stateAt, withHead, withSettings } from './simSession';
import { DEFAULT_SIM_SPEED, type SimScenario, type SimSession, type SimSlice, type SimValue } from './simTypes';
import type { AppState } from './types';

const LOADING: SimSession = {
  phase: 'loading',
  groups: [],
  defaults: {},
  values: {},
  failures: {},
  guard: 10,
  breakpoints: [],
  head: null,
  shown: null,
  viewStep: null,
  log: [],
  conditions: {},
  checks: [],
  playing: false,
  scenarioId: null,
  replay: null,
};

/** A copy of `record` without `key`. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

let scenarioCounter = 0;
const newScenarioId = () => `sc-${Date.now().toString(36)}-${(++scenarioCounter).toString(36)}`;

/** A session for `graph`, with `given` values over the defaults and earlier settings kept. */
function sessionFor(sim: Simulator, graph: WorkflowGraph, base: SimSession, given: Readonly<Record<string, SimValue>>, carry: boolean): SimSession {
  const groups = sim.api.variablesOf(graph, sim.engine);
  const defaults = sim.api.defaultValues(groups);
  const values = carry ? carryValues(base.defaults, base.values, defaults) : overlayValues(groups, defaults, given);
  const ids = new Set(graph.nodes.map((n) => n.id));
  const failures = Object.fromEntries(Object.entries(base.failures).filter(([id]) => ids.has(id)));
  const breakpoints = base.breakpoints.filter((id) => ids.has(id));
  const settings = { values, failures, guard: base.guard, breakpoints };
  const s: SimSession = { ...base, ...settings, phase: 'ready', groups, defaults, playing: false, replay: null, checks: sim.api.checkBranches(graph, values, sim.engine) };
  return withHead(sim, { ...s, head: null, shown: null }, freshRun(sim, graph, settings));
}

export const createSimSlice =
  (init: { scenarios?: readonly SimScenario[] } = {}): StateCreator<AppState, [], [], SimSlice> =>
  (set, get, store) => {
    let simulator: Simulator | null = null;
    let token = 0;
    /** Applies `fn` to the ready session (no-op otherwise). */
    const update = (fn: (sim: Simulator, s: SimSession, head: RunState) => SimSession) => {
      const s = get().sim;
      if (simulator === null || s?.phase !== 'ready' || s.head === null) return;
      const next = fn(simulator, s, s.head);
      if (next !== s) set({ sim: next });
    };
    /** The head with the values edited since the run started (one "values supplied" step). */
    const withPending = (sim: Simulator, s: SimSession, head: RunState): RunState => {
      if (head.replay !== undefined) return head;
      const pending = pendingValues(head, s.values);
      return Object.keys(pending).length === 0 ? head : sim.api.provideValues(head, pending, sim.engine).run;
    };
    /** After changing values or settings: restart before the first step, else patch the head. */
    const restartOrPatch = (sim: Simulator, s: SimSession, head: RunState): SimSession => {
      const graph = head.graph;
      const checks = s.values === head.values ? s.checks : sim.api.checkBranches(graph, s.values, sim.engine);
      if (head.stepCount === 0 && head.replay === undefined) return withHead(sim, { ...s, checks }, freshRun(sim, graph, s));
      return withHead(sim, { ...s, checks }, withSettings(sim, head, s), s.viewStep);
    };
    const stepOnce = (sim: Simulator, s: SimSession, head: RunState): RunState => sim.api.step(withPending(sim, s, head), sim.engine).run;

    store.subscribe((state, prev) => {
      const s = state.sim;
      if (state.graph === prev.graph || state.graph === null || simulator === null || s?.phase !== 'ready' || s.head === null) return;
      // A change that leaves nodes and edges as they were (a node dragged) keeps the run.
      if (simKeyOf(state.graph) === simKeyOf(s.head.graph)) return;
      set({ sim: sessionFor(simulator, state.graph, { ...s, viewStep: null }, {}, true) });
    });

    return {
      sim: null,
      simSpeed: DEFAULT_SIM_SPEED,
      simScenarios: init.scenarios ?? [],
      startSimulation: async (initial = {}) => {
        if (get().sim !== null) return;
        const mine = ++token;
        set({ sim: LOADING });
        let loaded: Simulator;
        try {
          loaded = await loadSimulator();
        } catch (e) {
          if (mine === token) set({ sim: { ...LOADING, phase: 'error', error: `The simulator could not be loaded: ${e instanceof Error ? e.message : String(e)}` } });
          return;
        }
        if (mine !== token || get().sim?.phase !== 'loading') return;
        simulator = loaded;
        const graph = get().graph;
        if (graph === null || graph.nodes.length === 0) {
          set({ sim: { ...LOADING, phase: 'error', error: 'There is nothing to simulate: the workflow has no nodes.' } });
          return;
        }
        set({ sim: sessionFor(loaded, graph, LOADING, initial, false) });
      },
      stopSimulation: () => {
        token++;
        set({ sim: null });
      },
      setSimValue: (key, value) =>
        update((sim, s, head) => {
          const values = without(s.values, key);
          if (value !== undefined) put(values, key, value);
          return restartOrPatch(sim, { ...s, values, scenarioId: null }, head);
        }),
      setSimFailure: (node, failure) =>
        update((sim, s, head) => {
          const failures = without(s.failures, node);
          if (failure !== null) put(failures, node, failure);
          return restartOrPatch(sim, { ...s, failures }, head);
        }),
      setSimGuard: (guard) => update((sim, s, head) => restartOrPatch(sim, { ...s, guard: Math.max(1, Math.floor(guard)) }, head)),
      toggleSimBreakpoint: (node) =>
        update((sim, s, head) => {
          const breakpoints = s.breakpoints.includes(node) ? s.breakpoints.filter((b) => b !== node) : [...s.breakpoints, node];
          return withHead(sim, { ...s, breakpoints }, withSettings(sim, head, { ...s, breakpoints }), s.viewStep);
        }),
      setSimSpeed: (simSpeed) => set({ simSpeed }),
      simStep: () =>
        update((sim, s, head) => {
          if (s.viewStep !== null) return withHead(sim, s, head, s.viewStep + 1);
          return withHead(sim, { ...s, playing: false }, stepOnce(sim, s, head));
        }),
      simStepBack: () =>
        update((sim, s, head) => {
          if (s.viewStep !== null) return withHead(sim, s, head, Math.max(0, s.viewStep - 1));
          return withHead(sim, { ...s, playing: false }, withSettings(sim, sim.api.stepBack(head), s));
        }),
      simRunToEnd: () =>
        update((sim, s, head) => {
          const from = withPending(sim, s, head);
          if (get().simSpeed === 0) return withHead(sim, { ...s, playing: false }, sim.api.runToEnd(from, sim.engine).run);
          const next = sim.api.step(from, sim.engine).run;
          return withHead(sim, { ...s, playing: sim.api.canStep(next) && next.paused === undefined }, next);
        }),
      simTick: () =>
        update((sim, s, head) => {
          if (!s.playing) return s;
          if (!sim.api.canStep(head)) return { ...s, playing: false };
          const next = stepOnce(sim, s, head);
          return withHead(sim, { ...s, playing: sim.api.canStep(next) && next.paused === undefined }, next);
        }),
      simPause: () => update((_sim, s) => ({ ...s, playing: false })),
      simReset: () =>
        update((sim, s, head) => {
          const run = head.replay !== undefined ? sim.api.resetRun(head) : freshRun(sim, head.graph, s);
          return withHead(sim, { ...s, playing: false }, withSettings(sim, run, s));
        }),
      simProvide: (given) =>
        update((sim, s, head) => {
          const values = { ...s.values };
          for (const [k, v] of Object.entries(given)) put(values, k, v);
          const run = sim.api.provideValues(head, pendingValues(head, values), sim.engine).run;
          return withHead(sim, { ...s, values, scenarioId: null, checks: sim.api.checkBranches(head.graph, values, sim.engine) }, run);
        }),
      simChoose: (edgeIds) => update((sim, s, head) => withHead(sim, s, sim.api.chooseBranch(head, edgeIds, sim.engine).run)),
      viewSimStep: (step) => update((sim, s, head) => withHead(sim, { ...s, playing: false }, head, step)),
      simResumeFromView: () =>
        update((sim, s, head) => (s.viewStep === null ? s : withHead(sim, s, withSettings(sim, stateAt(head, s.viewStep), s)))),
      saveSimScenario: (name) => {
        const s = get().sim;
        const id = newScenarioId();
        const scenario: SimScenario = { id, name: name.trim() || 'Scenario', workflowId: get().graph?.meta.id ?? '', values: s?.values ?? {} };
        set({ simScenarios: [...get().simScenarios, scenario], ...(s ? { sim: { ...s, scenarioId: id } } : {}) });
        return id;
      },
      renameSimScenario: (id, name) => set({ simScenarios: get().simScenarios.map((x) => (x.id === id && name.trim() !== '' ? { ...x, name: name.trim() } : x)) }),
      deleteSimScenario: (id) => {
        const s = get().sim;
        set({ simScenarios: get().simScenarios.filter((x) => x.id !== id), ...(s?.scenarioId === id ? { sim: { ...s, scenarioId: null } } : {}) });
      },
      applySimScenario: (id) => {
        const scenario = get().simScenarios.find((x) => x.id === id);
        if (!scenario) return;
        update((sim, s, head) => {
          const values = overlayValues(s.groups, s.defaults, scenario.values);
          const next = { ...s, values, scenarioId: id, playing: false, checks: sim.api.checkBranches(head.graph, values, sim.engine) };
          return withHead(sim, next, freshRun(sim, head.graph, next));
        });
      },
      setSimScenarios: (simScenarios) => set({ simScenarios }),
      loadSimReplay: async (text) => {
        if (get().sim === null) await get().startSimulation();
        const s = get().sim;
        const graph = get().graph;
        if (simulator === null || s?.phase !== 'ready' || graph === null) return s?.error ?? 'The simulator is not ready.';
        const result = simulator.api.fromOsoplog(text, graph);
        if (!result.ok) return `This file cannot be replayed: ${result.error}.`;
        const run = simulator.api.setBreakpoints(result.value.run, s.breakpoints);
        set({ sim: withHead(simulator, { ...s, playing: false, replay: result.value.info }, run) });
        return null;
      },
      exitSimReplay: () => update((sim, s, head) => withHead(sim, { ...s, replay: null, playing: false }, freshRun(sim, head.graph, s))),
      exportSimRun: () => {
        const head = get().sim?.head;
        return simulator !== null && head != null ? simulator.api.toOsoplog(head) : null;
      },
    };
  };
