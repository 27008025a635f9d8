import type { Diagnostic } from '@/model/types';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { TID } from './testIds';

/** Explains why the diagram is dimmed: the current text cannot be drawn. */
export function StaleBanner() {
  const store = useAppStoreApi();
  const embed = useAppStore((s) => s.embed);
  const parse = useAppStore((s) => s.parse);
  const stale = useAppStore((s) => s.stale);
  const hasGraph = useAppStore((s) => s.graph !== null);
  const parsing = useAppStore((s) => s.parsing);
  const drawable = parse.graph !== null && parse.graph.nodes.length > 0;
  if (drawable || parsing) return null;
  const first: Diagnostic | undefined = parse.diagnostics.find((d) => d.severity === 'error') ?? parse.diagnostics[0];
  return (
    <div className="osop-banner osop-banner--error" role="alert" data-testid={TID.staleBanner}>
      <div>
        <strong>{stale ? 'This text cannot be drawn — showing the last good diagram.' : hasGraph ? 'This text cannot be drawn.' : 'Nothing to draw yet.'}</strong>
        {first && (
          <span>
            {' '}
            Line {first.range.line}, column {first.range.col}: {first.message}
          </span>
        )}
      </div>
      {first && !embed && (
        <button type="button" className="osop-btn osop-banner__action" onClick={() => store.getState().revealInEditor(first.range.line, first.range.col)}>
          Go to line {first.range.line}
        </button>
      )}
    </div>
  );
}
