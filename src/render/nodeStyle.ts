/**
 * How each node type looks: accent colour, icon (lucide icon data, usable by React and by
 * the SVG renderer) and a readable name. Core types are strongly distinct; extended types get
 * their own icon and hue; unknown types get a neutral generic style. Pure.
 */
import {
  Bot,
  Building,
  Building2,
  Container,
  Cpu,
  Database,
  GitBranch,
  Globe,
  Plug,
  Rocket,
  Server,
  Shapes,
  Split,
  Table2,
  Terminal,
  User,
  Zap,
} from 'lucide';
import type { TypeKind } from '@/model/types';

/** lucide's icon data: a list of SVG child elements on a 24×24 grid. */
export type IconNode = readonly (readonly [tag: string, attrs: Readonly<Record<string, string | number | undefined>>])[];

export interface NodeStyle {
  readonly color: string;
  readonly icon: IconNode;
  readonly title: string;
}

const STYLES: Readonly<Record<string, NodeStyle>> = {
  agent: { color: '#7c3aed', icon: Bot, title: 'Agent' },
  api: { color: '#2563eb', icon: Globe, title: 'API' },
  cli: { color: '#0f766e', icon: Terminal, title: 'CLI' },
  human: { color: '#d97706', icon: User, title: 'Human' },
  db: { color: '#0891b2', icon: Database, title: 'Database' },
  git: { color: '#ea580c', icon: GitBranch, title: 'Git' },
  docker: { color: '#0284c7', icon: Container, title: 'Docker' },
  cicd: { color: '#16a34a', icon: Rocket, title: 'CI/CD' },
  mcp: { color: '#db2777', icon: Plug, title: 'MCP' },
  system: { color: '#475569', icon: Cpu, title: 'System' },
  infra: { color: '#4f46e5', icon: Server, title: 'Infra' },
  data: { color: '#65a30d', icon: Table2, title: 'Data' },
  event: { color: '#e11d48', icon: Zap, title: 'Event' },
  gateway: { color: '#9333ea', icon: Split, title: 'Gateway' },
  company: { color: '#a16207', icon: Building, title: 'Company' },
  department: { color: '#b45309', icon: Building2, title: 'Department' },
};

const UNKNOWN: NodeStyle = { color: '#6b7280', icon: Shapes, title: 'Other' };

/** The style for a node type (any string); unknown and missing types get the generic style. */
export function nodeStyle(type: string, kind: TypeKind): NodeStyle {
  if (kind === 'unknown') return UNKNOWN;
  return STYLES[type] ?? UNKNOWN;
}
