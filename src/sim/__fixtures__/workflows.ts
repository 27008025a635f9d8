/** Small inline workflows for unit tests. */
import { join } from 'node:path';
import { parseWorkflow } from '../../model';
import type { WorkflowGraph } from '../../model/types';
import { loadGraph } from './harness';

/** The reference example, from the project's own copy. */
export function referenceGraph(): WorkflowGraph {
  return loadGraph(join(import.meta.dirname, '../../examples/k8s-rollout.osop.yaml'));
}

/** A fixture workflow of this folder. */
export function fixtureGraph(name: string): WorkflowGraph {
  return loadGraph(join(import.meta.dirname, name));
}

/**
 * A workflow from a compact description: node ids (with optional `:out1,out2` outputs) and
 * edge YAML flow maps. Throws when it does not parse.
 */
export function graphOf(
  nodes: readonly string[],
  edges: readonly string[],
  extra = '',
): WorkflowGraph {
  const nodeYaml = nodes
    .map((spec) => {
      const [id = '', outs] = spec.split(':');
      const outputs = outs === undefined ? '' : `, outputs: [${outs}]`;
      return `  - { id: ${id}, type: cli${outputs} }`;
    })
    .join('\n');
  const text = `osop_version: "1.0"\nid: t\nname: t\nnodes:\n${nodeYaml}\nedges:\n${edges.map((e) => `  - ${e}`).join('\n')}\n${extra}`;
  const { graph, diagnostics } = parseWorkflow(text);
  if (graph === null) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return graph;
}
