/**
 * The built-in example workflows: the examples menu and the gallery, in display order.
 * The reference example (Kubernetes canary rollout) comes first; it is also the document a
 * first-time visitor sees. Texts are bundled verbatim (Vite `?raw`), comments included.
 */
import { REFERENCE_EXAMPLE, type Example } from './reference';
import cicdPipeline from './cicd-pipeline.osop.yaml?raw';
import incidentResponse from './incident-response.osop.yaml?raw';
import dataPipeline from './data-pipeline.osop.yaml?raw';
import agentHandoff from './agent-handoff.osop.yaml?raw';
import approvalFlow from './approval-flow.osop.yaml?raw';
import featureRelease from './feature-release.osop.yaml?raw';

export type { Example, ExampleCategory } from './reference';
export { REFERENCE_EXAMPLE } from './reference';

/** All examples, reference example first. */
export const EXAMPLES: readonly Example[] = [
  REFERENCE_EXAMPLE,
  {
    id: 'cicd-pipeline',
    title: 'CI/CD pipeline',
    category: 'Deployment',
    description:
      'Parallel checks joined before a Docker build, CVE scan, staging deploy and smoke test with rollback.',
    text: cicdPipeline,
  },
  {
    id: 'incident-response',
    title: 'Incident response',
    category: 'Operations',
    description:
      'Alert triage routed by severity, on-call paging with escalation, approved mitigation and recovery checks.',
    text: incidentResponse,
  },
  {
    id: 'data-pipeline',
    title: 'Nightly ETL',
    category: 'Data',
    description:
      'Per-partition extract, transform and validate with data flowing along the edges, and quarantine for bad data.',
    text: dataPipeline,
  },
  {
    id: 'agent-handoff',
    title: 'Multi-agent research',
    category: 'Agents',
    description:
      'A planner spawns researchers whose findings reach a writer as messages; a critic loops until the bar is met.',
    text: agentHandoff,
  },
  {
    id: 'approval-flow',
    title: 'Purchase approval',
    category: 'Business',
    description:
      'Two-of-three human approval with a 48-hour escalation, auto-approval for small buys and a manual fallback.',
    text: approvalFlow,
  },
  {
    id: 'feature-release',
    title: 'Feature release (功能發布)',
    category: 'Deployment',
    description:
      'Agent implementation with review rework, migrations and a Terraform flag in parallel, QA in production, gradual ramp.',
    text: featureRelease,
  },
];

/** The example with this id, if any. */
export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
