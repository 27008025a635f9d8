/**
 * Read-only views of a run for a UI: the latest evaluation of each conditional edge, branch
 * checks before running, and Reset.
 */
import { formatValue } from '../expr';
import type { ExpressionEngine } from '../expr/types';
import type { WorkflowGraph } from '../model/types';
import { outputsOf } from './attempt';
import { decideOutgoing } from './decide';
import { draftOf } from './draft';
import { graphInfo } from './graphInfo';
import { createRun, traceOf } from './step';
import type { NodeRun, RunState, SimValues } from './types';

/** How a drawn edge's condition (or switch value) last evaluated in the run. */
export interface ConditionResult {
  readonly edge: string;
  /** The condition as written. */
  readonly text: string;
  /** With values substituted: `0.02 < 0.01`; for a switch branch: `topic = "bug"`. */
  readonly substituted: string;
  /** Whether the edge's condition held (a switch branch: whether it was the one matched). */
  readonly result: boolean;
  /** The deciding parts in words (`error_rate_10 = 0.02 ≥ 0.01`). */
  readonly explanation: string;
  readonly step: number;
}

/**
 * The latest evaluation of every conditional, loop and switch edge so far, by drawn edge id, for
 * showing `0.02 < 0.01 → false` on the canvas. Step back removes what the undone step evaluated.
 */
export function conditionResults(run: RunState): Record<string, ConditionResult> {
  const info = graphInfo(run.graph);
  const results: Record<string, ConditionResult> = {};
  for (const e of traceOf(run)) {
    if (e.type === 'condition.evaluated') {
      const { edge, text, substituted, result, explanation, step } = e;
      results[edge] = { edge, text, substituted, result, explanation, step };
    } else if (e.type === 'switch.evaluated') {
      const first = info.arcById.get(e.edge);
      const shown = `${e.text} = ${formatValue(e.value)}`;
      for (const arc of info.arcs) {
        if (first === undefined || arc.edge !== first.edge) continue;
        const result = arc.to === e.to;
        results[arc.id] = {
          edge: arc.id,
          text: e.text,
          substituted: shown,
          result,
          explanation: shown,
          step: e.step,
        };
      }
    }
  }
  return results;
}

/** A branch problem found before running. */
export interface BranchCheck {
  readonly node: string;
  readonly kind: 'several-true' | 'none-true';
  /** The conditional edges concerned (drawn edge ids). */
  readonly edges: readonly string[];
  readonly message: string;
}

/**
 * Checks, for the given values, every node with conditional edges as if every node had run:
 * warns when two or more of its conditional branches are true, or none is (and no other edge
 * leaves it). Conditions that cannot be evaluated (missing values, not CEL) are left out.
 */
export function checkBranches(
  graph: WorkflowGraph,
  values: SimValues,
  engine: ExpressionEngine,
): BranchCheck[] {
  const info = graphInfo(graph);
  const base = createRun(graph, { values });
  const d = draftOf(base, 0);
  const nodes: Record<string, NodeRun> = {};
  graph.nodes.forEach((node, i) => {
    nodes[node.id] = {
      state: 'succeeded',
      iteration: 1,
      attempt: 1,
      failures: 0,
      outputs: outputsOf(d, node.id),
      seq: i + 1,
    };
  });
  d.nodes = nodes;
  const checks: BranchCheck[] = [];
  for (const node of graph.nodes) {
    const out = info.out.get(node.id) ?? [];
    const conditional = out.filter((a) => a.mode === 'conditional');
    if (conditional.length === 0) continue;
    const decisions = decideOutgoing(d, engine, node.id, 'succeeded');
    if (decisions.missing.length > 0 || decisions.undecided.length > 0) continue;
    const trueOnes = decisions.decided.filter((x) => x.arc.mode === 'conditional' && x.taken);
    const edges = conditional.map((a) => a.id);
    if (trueOnes.length >= 2) {
      const targets = trueOnes.map((x) => x.arc.to).join(', ');
      checks.push({
        node: node.id,
        kind: 'several-true',
        edges: trueOnes.map((x) => x.arc.id),
        message: `${node.id}: ${trueOnes.length} conditional branches are true at once (${targets})`,
      });
    } else if (!decisions.decided.some((x) => x.taken)) {
      checks.push({
        node: node.id,
        kind: 'none-true',
        edges,
        message: `${node.id}: no conditional branch is true`,
      });
    }
  }
  return checks;
}

/**
 * A new run of the same graph with the same starting options (initial values, failures, guard)
 * and the current breakpoints: what a Reset button does. A replay goes back to its start.
 */
export function resetRun(run: RunState): RunState {
  let first = run;
  while (first.previous !== undefined) first = first.previous;
  if (first.replay !== undefined) return first;
  return createRun(run.graph, {
    values: first.values,
    failures: run.settings.failures,
    iterationGuard: run.settings.iterationGuard,
    breakpoints: run.settings.breakpoints,
  });
}
