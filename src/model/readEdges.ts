/**
 * Reads the `edges` list into `WorkflowEdge`s with stable derived ids, reporting problems.
 * Edges whose ends are missing or unknown are left out of the graph (so the canvas never
 * references a missing node) but keep their place in the id numbering. Internal; never throws.
 */
import { isSeq } from 'yaml';
import { deref, entryRange, rangeOf, valueNode, valueRange } from './context';
import type { Located, ReadContext } from './context';
import { readEdgeScalars } from './edgeFields';
import type { EdgeScalars } from './edgeFields';
import { readCases } from './switchCases';
import type { LocatedCase } from './switchCases';
import type { SourceRange, WorkflowEdge } from './types';
import { idText, isRecord, optional } from './values';

/** Modes whose edges need a condition (`loop` may use `for_each` instead). */
const NEEDS_CONDITION: ReadonlySet<string> = new Set(['conditional', 'loop', 'switch']);

/** Hands out `${from}->${to}`, then `#1`, `#2`… for later edges between the same pair. */
class EdgeIds {
  private readonly perPair = new Map<string, number>();
  private readonly used = new Set<string>();

  next(from: string, to: string): string {
    const base = `${from}->${to}`;
    let n = this.perPair.get(base) ?? 0;
    let id = n === 0 ? base : `${base}#${n}`;
    // Ids containing "->" or "#" could collide with a derived one: skip taken ids.
    while (this.used.has(id)) id = `${base}#${++n}`;
    this.perPair.set(base, n + 1);
    this.used.add(id);
    return id;
  }
}

function checkScalars(
  ctx: ReadContext,
  s: EdgeScalars,
  js: Record<string, unknown>,
  map: Located,
  range: SourceRange,
): void {
  const modeRange = valueRange(ctx, map, 'mode', range);
  if (!s.modeKnown) {
    ctx.sink.add(
      'UNKNOWN_EDGE_MODE',
      `Edge mode "${s.mode}" is not a known OSOP mode; the edge is drawn as a plain line.`,
      modeRange,
    );
  }
  if (s.bothConditions) {
    ctx.sink.add(
      'CONDITION_AND_WHEN',
      'Edge has both `when` and `condition`; `when` is used. Keep only one.',
      entryRange(ctx, map, 'condition', range),
    );
  }
  const forEach = s.mode === 'loop' && js['for_each'] != null;
  if (NEEDS_CONDITION.has(s.mode) && s.condition === undefined && !forEach) {
    const what = s.mode === 'switch' ? '`when` value to choose a case by' : '`when` condition';
    ctx.sink.add('CONDITION_MISSING', `This ${s.mode} edge has no ${what}.`, modeRange);
  }
}

/** Reports and removes the switch branches that point at unknown nodes. */
function knownCases(
  ctx: ReadContext,
  cases: readonly LocatedCase[],
  known: ReadonlySet<string>,
): LocatedCase[] {
  return cases.filter((c) => {
    if (known.has(c.to)) return true;
    ctx.sink.add(
      'EDGE_UNKNOWN_NODE',
      `Switch case "${c.value}" goes to "${c.to}", which is not a node id.`,
      c.range,
    );
    return false;
  });
}

function readEdge(
  ctx: ReadContext,
  js: unknown,
  ast: Located,
  index: number,
  known: ReadonlySet<string>,
  ids: EdgeIds,
  fallback: SourceRange,
): WorkflowEdge | undefined {
  const range = rangeOf(ctx, ast, fallback);
  if (!isRecord(js)) {
    ctx.sink.add(
      'INVALID_EDGE',
      `Edge ${index + 1} is not a mapping (expected \`- from: … to: …\`); it is skipped.`,
      range,
    );
    return undefined;
  }
  const map = deref(ctx, ast);
  const scalars = readEdgeScalars(js);
  checkScalars(ctx, scalars, js, map, range);
  const isSwitch = scalars.mode === 'switch';
  const cases = isSwitch ? readCases(ctx, js['cases'], valueNode(ctx, map, 'cases'), range) : [];
  if (isSwitch && cases.length === 0) {
    ctx.sink.add(
      'SWITCH_WITHOUT_CASES',
      'This switch edge has no `cases` (`[{value, to}]`); only its `to`/`default_to` is drawn.',
      valueRange(ctx, map, 'mode', range),
    );
  }
  const defaultTo = isSwitch ? idText(js['default_to']) : undefined;
  const from = idText(js['from']);
  const to = idText(js['to']) ?? (isSwitch ? (cases[0]?.to ?? defaultTo) : undefined);
  if (from === undefined || to === undefined) {
    const end = from === undefined ? 'from' : 'to';
    ctx.sink.add(
      'EDGE_MISSING_END',
      `Edge ${index + 1} has no \`${end}\` node id; it is not drawn.`,
      entryRange(ctx, map, end, range),
    );
    return undefined;
  }
  const id = ids.next(from, to);
  let ok = true;
  for (const [end, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (known.has(value)) continue;
    ok = false;
    ctx.sink.add(
      'EDGE_UNKNOWN_NODE',
      `Unknown node "${value}" in \`${end}\`: no node has this id, so the edge is not drawn.`,
      valueRange(ctx, map, end, range),
    );
  }
  const kept = knownCases(ctx, cases, known);
  if (defaultTo !== undefined && !known.has(defaultTo)) {
    ctx.sink.add(
      'EDGE_UNKNOWN_NODE',
      `Switch default_to "${defaultTo}" is not a node id.`,
      valueRange(ctx, map, 'default_to', range),
    );
  }
  if (!ok) return undefined;
  const { bothConditions: _both, ...fields } = scalars;
  return {
    id,
    index,
    from,
    to,
    ...fields,
    cases: kept.map(({ value, to: target }) => ({ value, to: target })),
    ...optional(
      'defaultTo',
      defaultTo !== undefined && known.has(defaultTo) ? defaultTo : undefined,
    ),
    raw: js,
    range,
  };
}

/**
 * Reads the edges of an `edges` list (`js` as plain JS, `ast` its YAML node) against the
 * set of known node ids. The caller has checked that `js` is an array.
 */
export function readEdges(
  ctx: ReadContext,
  js: readonly unknown[],
  ast: Located,
  known: ReadonlySet<string>,
  fallback: SourceRange,
): WorkflowEdge[] {
  const seq = deref(ctx, ast);
  const items: readonly unknown[] = isSeq(seq) ? seq.items : [];
  const listRange = rangeOf(ctx, ast, fallback);
  const ids = new EdgeIds();
  const edges: WorkflowEdge[] = [];
  js.forEach((entry, index) => {
    const edge = readEdge(ctx, entry, items[index] as Located, index, known, ids, listRange);
    if (edge !== undefined) edges.push(edge);
  });
  return edges;
}
