import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { elementAt } from '@/model/sourceMap';
import { TID } from './testIds';

/** Every diagnostic of the current text, with line:column; clicking one selects its element. */
export function ProblemsList() {
  const store = useAppStoreApi();
  const diagnostics = useAppStore((s) => s.parse.diagnostics);
  if (diagnostics.length === 0) {
    return (
      <div className="osop-problems" data-testid={TID.problems}>
        <p className="osop-muted">No problems found.</p>
      </div>
    );
  }
  return (
    <ul className="osop-problems" data-testid={TID.problems}>
      {diagnostics.map((d, i) => (
        <li key={i} className={`osop-problem osop-problem--${d.severity}`}>
          <button
            type="button"
            onClick={() => {
              const graph = store.getState().graph;
              const el = graph ? elementAt(graph, d.range.start) : undefined;
              if (el) store.getState().select(el.kind === 'node' ? { kind: 'node', id: el.node.id, origin: 'panel' } : { kind: 'edge', id: el.edge.id, origin: 'panel' });
              if (store.getState().editorOpen) store.getState().revealInEditor(d.range.line, d.range.col);
            }}
          >
            <span className="osop-problem__where">
              {d.range.line}:{d.range.col}
            </span>
            <span className="osop-problem__sev">{d.severity}</span>
            <span className="osop-problem__msg">{d.message}</span>
            <code className="osop-problem__code">{d.code}</code>
          </button>
        </li>
      ))}
    </ul>
  );
}
