import type { EdgeRef } from '@/model/edits';
import type { WorkflowEdge, WorkflowGraph } from '@/model/types';

/** The edge entry of a drawn edge id (switch branches carry a `:case=` suffix). */
export function edgeEntry(graph: WorkflowGraph | null, drawnId: string): WorkflowEdge | undefined {
  const base = drawnId.split(':case=')[0];
  return graph?.edges.find((e) => e.id === base);
}

/** An edit reference to an edge entry, guarded by its ends. */
export function edgeRef(edge: WorkflowEdge): EdgeRef {
  return { index: edge.index, from: edge.from, to: edge.to };
}
