/**
 * The reference example (Kubernetes canary rollout): the document a first-time visitor sees.
 * A module of its own so the page's entry carries this one text, not every example's (the
 * others load with the examples gallery).
 */
import k8sRollout from './k8s-rollout.osop.yaml?raw';

/** Gallery section of an example. */
export type ExampleCategory = 'Deployment' | 'Operations' | 'Data' | 'Agents' | 'Business';

/** One built-in example workflow. */
export interface Example {
  /** Stable key (the file name without `.osop.yaml`), e.g. for `?example=` or test ids. */
  readonly id: string;
  readonly title: string;
  readonly category: ExampleCategory;
  /** One sentence for the menu and gallery. */
  readonly description: string;
  /** The YAML text, exactly as in the file. */
  readonly text: string;
}

/** The reference example: the document shown on first start. */
export const REFERENCE_EXAMPLE: Example = {
  id: 'k8s-rollout',
  title: 'Kubernetes canary rollout',
  category: 'Deployment',
  description:
    'Progressive 10% → 50% → 100% rollout with Prometheus health checks and automatic rollback.',
  text: k8sRollout,
};
