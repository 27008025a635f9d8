/**
 * The workflow model: what `parseWorkflow` derives from OSOP YAML text.
 * Pure data, no behaviour. Everything in the app is derived from the YAML text;
 * these types are the shared vocabulary of model, layout, sim, share, render and canvas.
 */

/** A span of the source text. Offsets are UTF-16 indices into the text; lines/cols are 1-based. */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export const CORE_NODE_TYPES = ['agent', 'api', 'cli', 'human'] as const;
export const EXTENDED_NODE_TYPES = [
  'db',
  'git',
  'docker',
  'cicd',
  'mcp',
  'system',
  'infra',
  'data',
  'event',
  'gateway',
  'company',
  'department',
] as const;
export const EDGE_MODES = [
  'sequential',
  'conditional',
  'parallel',
  'fallback',
  'error',
  'loop',
  'spawn',
  'event',
  'switch',
  'timeout',
  'dataflow',
  'message',
  'compensation',
  'signal',
  'weighted',
] as const;

export type CoreNodeType = (typeof CORE_NODE_TYPES)[number];
export type ExtendedNodeType = (typeof EXTENDED_NODE_TYPES)[number];
export type KnownEdgeMode = (typeof EDGE_MODES)[number];
/** How the app knows a node type: one of the 4 core ones, an extended one, or not at all. */
export type TypeKind = 'core' | 'extended' | 'unknown';

/** One declared input or output, normalised from any of the three forms real files use. */
export interface IoItem {
  readonly name: string;
  /** Short extra text: the schema/type, description, or the mapped expression. */
  readonly detail?: string;
  readonly required?: boolean;
}

export interface WorkflowNode {
  readonly id: string;
  /** Position in the `nodes` list (0-based). */
  readonly index: number;
  /** `type` as written; '' when missing. */
  readonly type: string;
  readonly typeKind: TypeKind;
  readonly subtype?: string;
  /** `name ?? label ?? purpose ?? description ?? id`, as display text. */
  readonly label: string;
  readonly name?: string;
  readonly purpose?: string;
  readonly description?: string;
  readonly inputs: readonly IoItem[];
  readonly outputs: readonly IoItem[];
  /** `runtime` (or node-level `command`/`config`) as plain data; {} when absent. */
  readonly runtime: Readonly<Record<string, unknown>>;
  readonly timeoutSec?: number;
  readonly maxRetries?: number;
  /** Credential/secret names the node uses (security.credentials, secrets, secret_ref, runtime.auth.secret_ref). */
  readonly secrets: readonly string[];
  readonly riskLevel?: string;
  readonly approvalGate: boolean;
  /** The node mapping as plain JS (for the details panel). */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly range: SourceRange;
}

export interface SwitchCase {
  readonly value: string;
  readonly to: string;
}

export type JoinMode = 'wait_all' | 'wait_any' | 'wait_n';

export interface WorkflowEdge {
  /** Stable derived id: `${from}->${to}` plus `#n` for the n-th (n ≥ 1) further edge between the same pair. */
  readonly id: string;
  /** Position in the `edges` list (0-based). */
  readonly index: number;
  readonly from: string;
  readonly to: string;
  /** `mode` as written, 'sequential' when missing. */
  readonly mode: string;
  readonly modeKnown: boolean;
  /** `when ?? condition` as written (string form of non-string scalars). */
  readonly condition?: string;
  /** Which key held the condition. */
  readonly conditionKey?: 'when' | 'condition';
  readonly label?: string;
  readonly joinMode?: JoinMode;
  readonly joinCount?: number;
  /** switch edges: the cases and default branch. */
  readonly cases: readonly SwitchCase[];
  readonly defaultTo?: string;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly range: SourceRange;
}

export type LayoutDirection = 'DOWN' | 'RIGHT';

export interface XY {
  readonly x: number;
  readonly y: number;
}

export interface WorkflowMeta {
  readonly id?: string;
  readonly name?: string;
  readonly version?: string;
  readonly osopVersion?: string;
  readonly description?: string;
  readonly tags: readonly string[];
}

export interface WorkflowGraph {
  readonly meta: WorkflowMeta;
  readonly nodes: readonly WorkflowNode[];
  readonly edges: readonly WorkflowEdge[];
  /** From `x-layout`: direction (if set) and pinned positions of known nodes. */
  readonly layout: {
    readonly direction?: LayoutDirection;
    readonly pinned: Readonly<Record<string, XY>>;
  };
}

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'YAML_SYNTAX'
  | 'YAML_ALIAS_LIMIT'
  | 'TOO_LARGE'
  | 'EMPTY_DOCUMENT'
  | 'ROOT_NOT_MAPPING'
  | 'MISSING_NODES'
  | 'INVALID_NODES'
  | 'INVALID_NODE'
  | 'MISSING_EDGES'
  | 'INVALID_EDGES'
  | 'INVALID_EDGE'
  | 'NODE_WITHOUT_ID'
  | 'DUPLICATE_NODE_ID'
  | 'EDGE_UNKNOWN_NODE'
  | 'EDGE_MISSING_END'
  | 'CONDITION_MISSING'
  | 'CONDITION_AND_WHEN'
  | 'SWITCH_WITHOUT_CASES'
  | 'UNREACHABLE_NODE'
  | 'LAYOUT_UNKNOWN_NODE'
  | 'LAYOUT_INVALID'
  | 'UNKNOWN_NODE_TYPE'
  | 'UNKNOWN_EDGE_MODE'
  | 'NOT_A_WORKFLOW'
  /** A mapping repeats a key; the last value wins (as in PyYAML). Added by the model. */
  | 'DUPLICATE_KEY';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: SourceRange;
}

export interface ParseResult {
  /** null when the text cannot be read as a workflow at all (syntax error, root not a mapping, …). */
  readonly graph: WorkflowGraph | null;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * One line drawn on the canvas. Every edge entry gives one; a `switch` edge gives one per
 * distinct target among its `to`, its cases and `default_to` (labelled with the case value).
 */
export interface DrawnEdge {
  /** Unique among drawn edges: the edge id, plus `:case=<target>` for extra switch branches. */
  readonly id: string;
  /** Index of the edge entry in `graph.edges`. */
  readonly edgeIndex: number;
  readonly from: string;
  readonly to: string;
  readonly mode: string;
  /** Text shown on the edge: `label`, else the condition (conditional-like modes), else the case value. */
  readonly text?: string;
  /** The full condition (always reachable from the UI). */
  readonly condition?: string;
  readonly isBackEdge: boolean;
}
