/** What `simulate` prints: a plain-data report (`--json`) and its text form. */
import { drawnEdges } from '@/model';
import { runLog, type AttemptOutcome, type NodeState, type RunState, type SimValue } from '@/sim';
import { EXIT } from '../args';
import { printable } from '../io';
import type { ScenarioValue } from './scenario';

/** How the run ended, for people and for the exit code. */
export type SimOutcome = 'completed' | 'failed' | 'needs-input' | 'stopped';

/** What the run needs to go on. */
export type Needs =
  | {
      readonly kind: 'values';
      readonly node: string;
      readonly values: readonly { readonly key: string; readonly variable: string; readonly reason: string }[];
    }
  | {
      readonly kind: 'choice';
      readonly node: string;
      readonly exclusive: boolean;
      readonly options: readonly { readonly to: string; readonly condition: string; readonly reason: string }[];
    };

export interface SimReport {
  readonly file: string;
  readonly workflow: { readonly id?: string; readonly name?: string };
  readonly outcome: SimOutcome;
  readonly exitCode: number;
  readonly values: readonly ScenarioValue[];
  /** Every attempt, in order: the path taken. */
  readonly path: readonly { readonly node: string; readonly iteration: number; readonly attempt: number; readonly outcome: AttemptOutcome }[];
  readonly nodes: readonly { readonly id: string; readonly state: NodeState; readonly runs: number }[];
  readonly edges: readonly { readonly from: string; readonly to: string; readonly mode: string; readonly state: string }[];
  readonly log: readonly string[];
  readonly warnings: readonly string[];
  readonly needs?: Needs;
}

function needsOf(run: RunState): Needs | undefined {
  const pause = run.paused;
  if (pause?.kind === 'missing-value') {
    return {
      kind: 'values',
      node: pause.node,
      values: pause.missing.map((m) => ({ key: m.key, variable: m.variable, reason: m.reason })),
    };
  }
  if (pause?.kind === 'choose-branch') {
    const edges = new Map(drawnEdges(run.graph).map((e) => [e.id, e] as const));
    return {
      kind: 'choice',
      node: pause.node,
      exclusive: pause.exclusive,
      options: pause.edges.map((id) => {
        const c = pause.conditions.find((k) => k.edge === id);
        return { to: edges.get(id)?.to ?? id, condition: c?.text ?? edges.get(id)?.condition ?? '', reason: c?.reason ?? '' };
      }),
    };
  }
  return undefined;
}

function outcomeOf(run: RunState): SimOutcome {
  if (run.status === 'completed') return 'completed';
  if (run.status === 'failed') return 'failed';
  return run.status === 'paused' && run.paused?.kind !== 'breakpoint' ? 'needs-input' : 'stopped';
}

const EXIT_OF: Readonly<Record<SimOutcome, number>> = {
  completed: EXIT.ok,
  failed: EXIT.failed,
  'needs-input': EXIT.needsInput,
  stopped: EXIT.failed,
};

/** The report of a finished (or stopped) run. */
export function buildReport(file: string, run: RunState, values: readonly ScenarioValue[]): SimReport {
  const outcome = outcomeOf(run);
  const needs = needsOf(run);
  const { id, name } = run.graph.meta;
  return {
    file,
    workflow: { ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }) },
    outcome,
    exitCode: EXIT_OF[outcome],
    values,
    path: run.records.map((r) => ({ node: r.node, iteration: r.iteration, attempt: r.attempt, outcome: r.outcome })),
    nodes: run.graph.nodes.map((n) => ({
      id: n.id,
      state: run.nodes[n.id]?.state ?? 'pending',
      runs: run.nodes[n.id]?.iteration ?? 0,
    })),
    edges: drawnEdges(run.graph).map((e) => ({ from: e.from, to: e.to, mode: e.mode, state: run.edges[e.id] ?? 'pending' })),
    log: runLog(run),
    warnings: run.warnings.map((w) => w.message),
    ...(needs === undefined ? {} : { needs }),
  };
}

const show = (value: SimValue): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

function stepText(p: SimReport['path'][number]): string {
  const notes: string[] = [];
  if (p.iteration > 1) notes.push(`iteration ${p.iteration}`);
  if (p.attempt > 1) notes.push(`attempt ${p.attempt}`);
  if (p.outcome !== 'succeeded') notes.push(p.outcome);
  return `${printable(p.node)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

function needsText(needs: Needs): string[] {
  const node = printable(needs.node);
  if (needs.kind === 'values') {
    return [
      `Needs input: the conditions after ${node} read values nobody gave:`,
      ...needs.values.map((v) => `  ${printable(v.key)} — ${printable(v.reason)}`),
      `Give them with: ${needs.values.map((v) => `--set ${printable(v.key)}=<value>`).join(' ')}`,
    ];
  }
  return [
    `Needs a choice: a condition after ${node} cannot be evaluated${needs.exclusive ? ' (pick one branch)' : ''}:`,
    ...needs.options.map(
      (o) => `  → ${printable(o.to)}: ${printable(o.condition)}${o.reason === '' ? '' : ` (${printable(o.reason)})`}`,
    ),
    `Choose with: ${needs.options.map((o) => `--take ${printable(needs.node)}:${printable(o.to)}`).join(' or ')}`,
  ];
}

const RESULT_TEXT: Readonly<Record<SimOutcome, string>> = {
  completed: 'completed',
  failed: 'failed',
  'needs-input': 'needs input',
  stopped: 'stopped (step limit reached)',
};

/** The report as text lines. */
export function reportText(report: SimReport, displayFile: string): string[] {
  const title = report.workflow.name ?? report.workflow.id ?? displayFile;
  const lines = [`Simulating ${printable(title)} (${displayFile})`, ''];
  lines.push('Values:');
  if (report.values.length === 0) lines.push('  (none: no condition reads a value)');
  const width = Math.min(48, Math.max(0, ...report.values.map((v) => `${v.key} = ${show(v.value)}`.length)));
  const ordered = [...report.values.filter((v) => v.source === 'set'), ...report.values.filter((v) => v.source !== 'set')];
  for (const v of ordered) {
    const origin = v.source === 'set' ? '--set' : `default: ${v.rule ?? ''}`;
    lines.push(`  ${printable(`${v.key} = ${show(v.value)}`).padEnd(width)}  ${printable(origin)}`);
  }
  lines.push('', 'Path taken:');
  lines.push(`  ${report.path.length === 0 ? '(no node ran)' : report.path.map(stepText).join(' → ')}`);
  lines.push('', 'Nodes:');
  const idWidth = Math.min(40, Math.max(0, ...report.nodes.map((n) => printable(n.id).length)));
  for (const n of report.nodes) {
    const runs = n.runs > 1 ? ` (ran ${n.runs} times)` : '';
    lines.push(`  ${printable(n.id).padEnd(idWidth)}  ${n.state}${runs}`);
  }
  lines.push('', 'Log:');
  report.log.forEach((line, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${printable(line)}`));
  if (report.warnings.length > 0) {
    lines.push('', 'Warnings:', ...report.warnings.map((w) => `  ${printable(w)}`));
  }
  if (report.needs !== undefined) lines.push('', ...needsText(report.needs));
  lines.push('', `Result: ${RESULT_TEXT[report.outcome]} (exit ${report.exitCode})`);
  return lines;
}
