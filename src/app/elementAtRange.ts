import type { WorkflowGraph } from '@/model/types';
import type { Selection } from '@/store/types';

/** The node or edge whose source range contains `offset` (innermost first), if any. */
export function elementAtRange(graph: WorkflowGraph | null, offset: number): Selection {
  if (!graph) return null;
  for (const e of graph.edges) if (e.range.start <= offset && offset < e.range.end) return { kind: 'edge', id: e.id };
  for (const n of graph.nodes) if (n.range.start <= offset && offset < n.range.end) return { kind: 'node', id: n.id };
  return null;
}
