/**
 * Builds the `WorkflowGraph` from a workflow mapping (plain JS + its YAML map node).
 * Internal; never throws.
 */
import type { YAMLMap } from 'yaml';
import { checkReachability } from './checkGraph';
import { entryRange, rangeOf, valueNode, valueRange } from './context';
import type { Located, ReadContext } from './context';
import { readEdges } from './readEdges';
import { LAYOUT_KEY, readLayout } from './readLayout';
import { readMeta } from './readMeta';
import { readNodes } from './readNodes';
import type { NodesRead } from './readNodes';
import { START_RANGE } from './sourceMap';
import type { SourceRange, WorkflowEdge, WorkflowGraph } from './types';

const NO_NODES: NodesRead = { nodes: [], located: new Map() };

/** If the mapping is an OSOP log or collection rather than a workflow, what to tell the user. */
function notAWorkflow(
  root: Readonly<Record<string, unknown>>,
): { key: string; message: string } | undefined {
  if ('osoplog_version' in root || 'node_records' in root) {
    const key = 'osoplog_version' in root ? 'osoplog_version' : 'node_records';
    return {
      key,
      message:
        'This is an OSOP execution log (.osoplog), not a workflow: it records one run and has no `nodes` to draw.',
    };
  }
  if ('sop_version' in root || 'sections' in root) {
    const key = 'sop_version' in root ? 'sop_version' : 'sections';
    return {
      key,
      message:
        'This is an OSOP collection (.sop) that lists workflows, not a workflow: it has no `nodes` to draw.',
    };
  }
  return undefined;
}

function nodesOf(
  ctx: ReadContext,
  map: YAMLMap,
  root: Readonly<Record<string, unknown>>,
  head: SourceRange,
): NodesRead {
  const js = root['nodes'];
  const ast: Located = valueNode(ctx, map, 'nodes');
  if (js == null) {
    const other = notAWorkflow(root);
    if (other !== undefined)
      ctx.sink.add('NOT_A_WORKFLOW', other.message, entryRange(ctx, map, other.key, head));
    else
      ctx.sink.add(
        'MISSING_NODES',
        'The workflow has no `nodes` list, so there is nothing to draw.',
        entryRange(ctx, map, 'nodes', head),
      );
    return NO_NODES;
  }
  if (!Array.isArray(js)) {
    ctx.sink.add(
      'INVALID_NODES',
      '`nodes` must be a list of nodes (`- id: …`); nothing is drawn.',
      valueRange(ctx, map, 'nodes', head),
    );
    return NO_NODES;
  }
  if (js.length === 0) {
    ctx.sink.add('MISSING_NODES', 'The `nodes` list is empty.', rangeOf(ctx, ast, head), 'warning');
    return NO_NODES;
  }
  return readNodes(ctx, js, ast, head);
}

function edgesOf(
  ctx: ReadContext,
  map: YAMLMap,
  root: Readonly<Record<string, unknown>>,
  nodes: NodesRead,
  head: SourceRange,
): WorkflowEdge[] {
  const js = root['edges'];
  if (js == null) {
    // Single-node files legitimately omit `edges`.
    if (nodes.nodes.length > 1) {
      ctx.sink.add(
        'MISSING_EDGES',
        `The workflow has ${nodes.nodes.length} nodes but no \`edges\`; they are drawn unconnected.`,
        entryRange(ctx, map, 'edges', head),
      );
    }
    return [];
  }
  if (!Array.isArray(js)) {
    ctx.sink.add(
      'INVALID_EDGES',
      '`edges` must be a list of edges (`- from: … to: …`); no edges are drawn.',
      valueRange(ctx, map, 'edges', head),
    );
    return [];
  }
  const known = new Set(nodes.nodes.map((n) => n.id));
  return readEdges(ctx, js, valueNode(ctx, map, 'edges'), known, head);
}

/** Reads meta, nodes, edges and `x-layout` of a workflow mapping, then checks the graph. */
export function readGraph(
  ctx: ReadContext,
  map: YAMLMap,
  root: Readonly<Record<string, unknown>>,
): WorkflowGraph {
  const firstKey = map.items[0]?.key as Located;
  const head = rangeOf(ctx, firstKey, rangeOf(ctx, map, START_RANGE));
  const nodes = nodesOf(ctx, map, root, head);
  const edges = edgesOf(ctx, map, root, nodes, head);
  const known = new Set(nodes.nodes.map((n) => n.id));
  const graph: WorkflowGraph = {
    meta: readMeta(root),
    nodes: nodes.nodes,
    edges,
    layout: readLayout(ctx, root[LAYOUT_KEY], valueNode(ctx, map, LAYOUT_KEY), known, head),
  };
  checkReachability(ctx, graph, nodes.located);
  return graph;
}
