import { CircleDot, X } from 'lucide';
import { Icon } from '@/canvas/Icon';
import type { WorkflowNode } from '@/model/types';
import type { FailureSpec } from '@/store/simTypes';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from '../testIds';

/** The selected node's breakpoint and behaviour in the run, or the selected edge's condition. */
export function SimSelection() {
  const store = useAppStoreApi();
  const selection = useAppStore((s) => s.selection);
  const graph = useAppStore((s) => s.sim?.head?.graph);
  if (!selection || !graph) return null;
  const node = selection.kind === 'node' ? graph.nodes.find((n) => n.id === selection.id) : undefined;
  const edge = selection.kind === 'edge' ? graph.edges.find((e) => e.id === selection.id.split(':case=')[0]) : undefined;
  if (!node && !edge) return null;
  return (
    <section className="osop-sim-section osop-sim-selection" aria-label="Selected" data-testid={TID.simSelection}>
      <button type="button" className="osop-sim-selection__close" aria-label="Clear selection" onClick={() => store.getState().select(null)}>
        <Icon icon={X} size={14} />
      </button>
      {node && <NodeCard node={node} />}
      {edge && <EdgeCard id={selection.id} from={edge.from} to={edge.to} mode={edge.mode} condition={edge.condition} />}
    </section>
  );
}

const BEHAVIOURS = [
  ['ok', 'Succeeds'],
  ['fail', 'Fails'],
  ['timeout', 'Times out'],
  ['fail-times', 'Fails N times, then succeeds'],
] as const;

function NodeCard({ node }: { readonly node: WorkflowNode }) {
  const store = useAppStoreApi();
  const breakpoint = useAppStore((s) => s.sim?.breakpoints.includes(node.id) ?? false);
  const failure = useAppStore((s) => s.sim?.failures[node.id]);
  const run = useAppStore((s) => s.sim?.shown?.nodes[node.id]);
  const replay = useAppStore((s) => s.sim?.replay != null);
  const retries = node.maxRetries ?? 0;
  const setFailure = (f: FailureSpec | null) => store.getState().setSimFailure(node.id, f);
  return (
    <>
      <h3 className="osop-sim-selection__title">{node.label}</h3>
      <p className="osop-sim-selection__sub">
        <code>{node.id}</code> · {run?.state ?? 'pending'}
        {run !== undefined && run.iteration > 1 && ` · iteration ${run.iteration}`}
        {run !== undefined && run.attempt > 1 && ` · attempt ${run.attempt}`}
      </p>
      <label className="osop-sim-check">
        <input type="checkbox" checked={breakpoint} onChange={() => store.getState().toggleSimBreakpoint(node.id)} />
        <Icon icon={CircleDot} size={14} className="osop-sim-bp-icon" />
        <span>Breakpoint: pause before this node runs</span>
      </label>
      {!replay && (
        <div className="osop-sim-row osop-sim-row--wide">
          <label htmlFor="sim-behaviour">In this run it</label>
          <select id="sim-behaviour" className="osop-sim-input" value={failure?.mode ?? 'ok'} onChange={(e) => setFailure(toFailure(e.target.value, failure?.times))}>
            {BEHAVIOURS.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
      )}
      {!replay && failure?.mode === 'fail-times' && (
        <div className="osop-sim-row osop-sim-row--wide">
          <label htmlFor="sim-fail-times">Failures before success</label>
          <input id="sim-fail-times" className="osop-sim-input osop-mono" type="number" min={1} max={99} value={failure.times ?? 1} onChange={(e) => setFailure({ mode: 'fail-times', times: Math.max(1, Number(e.target.value) || 1) })} />
        </div>
      )}
      {!replay && (
        <p className="osop-sim-hint">
          {retries > 0 ? `retry_policy.max_retries: ${retries} — up to ${retries + 1} attempts each time it runs.` : 'No retry_policy: one attempt each time it runs.'}
        </p>
      )}
      {run?.outputs !== undefined && Object.keys(run.outputs).length > 0 && (
        <dl className="osop-sim-outputs">
          {Object.entries(run.outputs).map(([k, v]) => (
            <div key={k}>
              <dt className="osop-mono">{k}</dt>
              <dd className="osop-mono">{JSON.stringify(v)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

function toFailure(mode: string, times: number | undefined): FailureSpec | null {
  if (mode === 'fail' || mode === 'timeout') return { mode };
  if (mode === 'fail-times') return { mode, times: times ?? 1 };
  return null;
}

interface EdgeCardProps {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly mode: string;
  readonly condition: string | undefined;
}

function EdgeCard({ id, from, to, mode, condition }: EdgeCardProps) {
  const result = useAppStore((s) => s.sim?.conditions[id]);
  const state = useAppStore((s) => s.sim?.shown?.edges[id]);
  return (
    <>
      <h3 className="osop-sim-selection__title">
        <code>{from}</code> → <code>{id.split(':case=')[1] ?? to}</code>
      </h3>
      <p className="osop-sim-selection__sub">
        {mode} edge · {state ?? 'pending'}
      </p>
      {condition !== undefined && <pre className="osop-sim-condition">{condition}</pre>}
      {result !== undefined && (
        <p className={`osop-sim-eval osop-sim-eval--${String(result.result)}`}>
          <span className="osop-mono">
            {result.substituted} → {String(result.result)}
          </span>
          <span className="osop-sim-hint">{result.explanation}</span>
        </p>
      )}
    </>
  );
}
