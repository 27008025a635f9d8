import { X } from 'lucide';
import { Icon } from '@/canvas/Icon';
import type { Diagnostic, SourceRange, WorkflowEdge, WorkflowGraph, WorkflowNode } from '@/model/types';
import { cssStroke, edgeStyle } from '@/render/edgeStyle';
import { nodeStyle } from '@/render/nodeStyle';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';
import { EdgeInspector } from './EdgeInspector';
import { FieldValue } from './FieldValue';
import { NodeInspector } from './NodeInspector';
import { TID } from './testIds';

/** Every field of the selected node or edge, read-only, with its diagnostics. */
export function DetailsPanel() {
  const store = useAppStoreApi();
  const selection = useAppStore((s) => s.selection);
  const graph = useAppStore((s) => s.graph);
  const diagnostics = useAppStore((s) => s.parse.diagnostics);
  const editable = useAppStore((s) => !s.embed && !s.stale && !s.parsing);
  if (!selection || !graph) return null;
  const close = () => store.getState().select(null);
  const node = selection.kind === 'node' ? graph.nodes.find((n) => n.id === selection.id) : undefined;
  const edge = selection.kind === 'edge' ? findEdge(graph, selection.id) : undefined;
  if (!node && !edge) return null;
  const range = (node ?? edge)?.range;
  const own = range ? diagnostics.filter((d) => within(d.range, range)) : [];
  return (
    <aside className="osop-details" data-testid={TID.details} aria-label="Details">
      <button type="button" className="osop-details__close" aria-label="Close details" onClick={close}>
        <Icon icon={X} size={16} />
      </button>
      {node && <NodeDetails node={node} editable={editable} />}
      {edge && <EdgeDetails edge={edge} editable={editable} />}
      {own.length > 0 && <OwnDiagnostics list={own} />}
      {range && (
        <p className="osop-details__where">
          Lines {range.line}–{range.endLine} of the YAML
        </p>
      )}
    </aside>
  );
}

/** Finds the edge entry for a drawn edge id (switch branches carry `:case=` suffixes). */
function findEdge(graph: WorkflowGraph, id: string): WorkflowEdge | undefined {
  const base = id.split(':case=')[0];
  return graph.edges.find((e) => e.id === base);
}

function within(inner: SourceRange, outer: SourceRange): boolean {
  return inner.start >= outer.start && inner.start < outer.end;
}

function NodeDetails({ node, editable }: { readonly node: WorkflowNode; readonly editable: boolean }) {
  const style = nodeStyle(node.type, node.typeKind);
  return (
    <>
      <div className="osop-details__kind" style={{ color: style.color }}>
        <Icon icon={style.icon} size={16} /> {node.type === '' ? 'No type' : node.type}
        {node.typeKind === 'unknown' && <span className="osop-details__note"> (not a known OSOP type — drawn with the generic style)</span>}
      </div>
      <h2 className="osop-details__title">{node.label}</h2>
      <p className="osop-details__id">
        <code>{node.id}</code>
      </p>
      {editable && <NodeInspector node={node} />}
      <details className="osop-details__all" open={!editable}>
        <summary>All fields</summary>
        <FieldValue value={node.raw} skip={['id']} />
      </details>
    </>
  );
}

function EdgeDetails({ edge, editable }: { readonly edge: WorkflowEdge; readonly editable: boolean }) {
  const style = edgeStyle(edge.mode);
  return (
    <>
      <div className="osop-details__kind">
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="28" y2="5" stroke={cssStroke(style.color)} strokeWidth={style.width} strokeDasharray={style.dash} />
        </svg>{' '}
        {edge.mode} edge{!edge.modeKnown && <span className="osop-details__note"> (not a known OSOP mode — drawn generically)</span>}
      </div>
      <h2 className="osop-details__title">
        <code>{edge.from}</code> → <code>{edge.to}</code>
      </h2>
      {edge.label !== undefined && <p className="osop-details__label">{edge.label}</p>}
      {edge.condition !== undefined && (
        <div className="osop-details__condition">
          <span className="osop-muted">{edge.conditionKey ?? 'when'}</span>
          <pre>{edge.condition}</pre>
        </div>
      )}
      {editable && <EdgeInspector edge={edge} />}
      <details className="osop-details__all" open={!editable}>
        <summary>All fields</summary>
        <FieldValue value={edge.raw} skip={['from', 'to']} />
      </details>
    </>
  );
}

function OwnDiagnostics({ list }: { readonly list: readonly Diagnostic[] }) {
  return (
    <ul className="osop-details__diags">
      {list.map((d, i) => (
        <li key={i} className={`osop-problem--${d.severity}`}>
          {d.range.line}:{d.range.col} {d.message}
        </li>
      ))}
    </ul>
  );
}
