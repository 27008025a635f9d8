/** `osop-canvas simulate <file> --set name=value …`: a what-if run, printed. */
import { createCelEngine } from '@/expr/cel';
import type { WorkflowGraph } from '@/model';
import type { FailureSpec } from '@/sim';
import { EXIT, flag, parseCommand, stringList, stringOption, UsageError } from '../args';
import type { Io } from '../io';
import { drive, type Take } from '../sim/drive';
import { buildReport, reportText } from '../sim/report';
import { buildScenario } from '../sim/scenario';
import { parseAssignments } from '../values';
import { displayName, loadWorkflow, reportErrors, reportUnusable, usableGraph } from '../workflow';

function parseTake(arg: string): Take {
  const at = arg.lastIndexOf(':');
  const from = at < 0 ? '' : arg.slice(0, at).trim();
  const to = at < 0 ? '' : arg.slice(at + 1).trim();
  if (from === '' || to === '') {
    throw new UsageError(`--take takes <from>:<to> (two node ids), not ${JSON.stringify(arg)}.`, 'simulate');
  }
  return { from, to };
}

function parseGuard(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) {
    throw new UsageError(`--max-iterations must be a whole number from 1 to 10000, not ${JSON.stringify(raw)}.`, 'simulate');
  }
  return n;
}

/** Refuses node ids the graph does not have (in --take and --fail), naming the option. */
function checkNodes(graph: WorkflowGraph, ids: readonly string[], option: string): void {
  const known = new Set(graph.nodes.map((n) => n.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new UsageError(`${option}: the workflow has no node ${JSON.stringify(unknown)}.`, 'simulate');
  }
}

export async function simulateCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('simulate', args, {
    set: { type: 'string', multiple: true },
    take: { type: 'string', multiple: true },
    fail: { type: 'string', multiple: true },
    'no-defaults': { type: 'boolean' },
    'max-iterations': { type: 'string' },
    json: { type: 'boolean' },
  });
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new UsageError('Name the workflow file to simulate.', 'simulate');
  if (extra.length > 0) {
    const hint = extra[0]?.includes('=') === true ? ' (values go after --set)' : '';
    throw new UsageError(`simulate takes one file; unexpected ${JSON.stringify(extra[0])}${hint}.`, 'simulate');
  }
  const set = parseAssignments(stringList(parsed, 'set'), 'simulate');
  const takes = stringList(parsed, 'take').map(parseTake);
  const fails = stringList(parsed, 'fail');
  const iterationGuard = parseGuard(stringOption(parsed, 'max-iterations'));

  const outcome = await loadWorkflow(io, file);
  const graph = outcome.ok ? usableGraph(outcome.workflow.result) : null;
  if (!outcome.ok || graph === null) {
    reportUnusable(io, outcome, 'simulated');
    return EXIT.failed;
  }
  checkNodes(graph, takes.flatMap((t) => [t.from, t.to]), '--take');
  checkNodes(graph, fails, '--fail');
  reportErrors(io, outcome.workflow);

  const engine = createCelEngine();
  const scenario = buildScenario(graph, engine, set, !flag(parsed, 'no-defaults'));
  for (const key of scenario.unused) {
    io.err(`osop-canvas: warning: --set ${JSON.stringify(key)}: no condition of the workflow reads it.\n`);
  }
  const failures: Record<string, FailureSpec> = Object.fromEntries(
    fails.map((id) => [id, { mode: 'fail' } as const]),
  );
  const run = drive(graph, engine, {
    values: scenario.values,
    takes,
    failures,
    ...(iterationGuard === undefined ? {} : { iterationGuard }),
  });
  const report = buildReport(file, run, scenario.listed);
  if (flag(parsed, 'json')) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else io.out(`${reportText(report, displayName(file)).join('\n')}\n`);
  return report.exitCode;
}
