/**
 * Whole-graph checks after reading: nodes a run can never reach. Internal; never throws.
 */
import { valueRange } from './context';
import type { Located, ReadContext } from './context';
import { reachableIds, startNodes } from './queries';
import type { WorkflowGraph } from './types';

/**
 * Reports each node that is not reachable from the start nodes (see `startNodes`: nodes with no
 * incoming edge from another node, else the first node). A node without incoming edges is itself
 * a start, so only nodes whose every way in comes from an unreachable part (an entry-less cycle,
 * or a node fed only by such a part) are reported.
 */
export function checkReachability(
  ctx: ReadContext,
  graph: WorkflowGraph,
  located: ReadonlyMap<string, Located>,
): void {
  if (graph.nodes.length < 2) return;
  const reachable = reachableIds(graph);
  const starts = startNodes(graph).map((n) => `"${n.id}"`);
  for (const node of graph.nodes) {
    if (reachable.has(node.id)) continue;
    const from =
      starts.length === 1
        ? `the start node ${starts[0] ?? ''}`
        : `the start nodes ${starts.join(', ')}`;
    ctx.sink.add(
      'UNREACHABLE_NODE',
      `Node "${node.id}" cannot be reached from ${from}; a run never gets here.`,
      valueRange(ctx, located.get(node.id), 'id', node.range),
    );
  }
}
