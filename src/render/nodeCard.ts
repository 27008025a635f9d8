/**
 * What a node card shows and how big it is. The canvas draws exactly these lines and the
 * SVG renderer draws the same, so node sizes handed to ELK match what is on screen.
 * Long text is cut here (with "…"); the full text travels along for tooltips/details. Pure.
 */
import type { WorkflowNode } from '@/model/types';
import { textWidth, truncateToWidth, wrapText } from './textWidth';

export const CARD = {
  width: 252,
  padX: 12,
  padTop: 9,
  padBottom: 10,
  headerH: 18,
  headerGap: 5,
  titleSize: 13,
  titleLineH: 18,
  titleMaxLines: 2,
  idSize: 11,
  idH: 16,
  factSize: 11,
  factH: 17,
  chipSize: 10.5,
} as const;

export type FactKind = 'command' | 'request' | 'model' | 'tool' | 'people' | 'secret' | 'inputs' | 'outputs';

export interface CardFact {
  readonly kind: FactKind;
  /** Short prefix drawn muted (e.g. "in", "$"). */
  readonly prefix: string;
  /** Text as drawn (already cut to fit). */
  readonly text: string;
  /** Uncut text for tooltips. */
  readonly full: string;
  readonly mono: boolean;
}

export type ChipKind = 'timeout' | 'retries' | 'approval' | 'risk';

export interface CardChip {
  readonly kind: ChipKind;
  readonly text: string;
  readonly title: string;
}

export interface NodeCard {
  readonly typeText: string;
  readonly chips: readonly CardChip[];
  readonly titleLines: readonly string[];
  readonly titleFull: string;
  /** The node id, when it differs from the title. */
  readonly idText?: string;
  readonly facts: readonly CardFact[];
  readonly truncated: boolean;
  readonly width: number;
  readonly height: number;
}

const INNER = CARD.width - 2 * CARD.padX;

/** Formats seconds compactly: 30 → "30s", 300 → "5m", 5400 → "1h 30m". */
export function formatDuration(sec: number): string {
  if (!Number.isFinite(sec) || sec < 0) return String(sec);
  if (sec < 60) return `${Math.round(sec * 10) / 10}s`;
  if (sec < 3600) {
    const m = Math.floor(sec / 60);
    const s = Math.round(sec % 60);
    return s ? `${m}m ${s}s` : `${m}m`;
  }
  const h = Math.floor(sec / 3600);
  const m = Math.round((sec % 3600) / 60);
  return m ? `${h}h ${m}m` : `${h}h`;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function firstLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const head = lines[0] ?? '';
  return lines.length > 1 ? `${head.replace(/\\$/, '').trimEnd()} …` : head;
}

function joinUrl(base: string | undefined, path: string | undefined): string | undefined {
  if (base && path) return base.endsWith('/') || path.startsWith('/') ? base.replace(/\/$/, '') + (path.startsWith('/') ? path : `/${path}`) : `${base}/${path}`;
  return base ?? path;
}

/** The node's main runtime fact: command, request, model or tool. */
function runtimeFact(node: WorkflowNode): Omit<CardFact, 'text'> | undefined {
  const rt = node.runtime;
  const command = str(rt.command) ?? str(rt.script);
  const method = str(rt.method);
  const url = joinUrl(str(rt.url) ?? str(rt.base_url), str(rt.endpoint) ?? str(rt.path));
  const model = str(rt.model);
  const provider = str(rt.provider);
  const tool = str(rt.tool_name) ?? str(rt.tool) ?? str(rt.action);
  const server = str(rt.server);
  if (url !== undefined || (method !== undefined && node.type === 'api')) {
    const full = [method?.toUpperCase(), url].filter(Boolean).join(' ');
    return { kind: 'request', prefix: '', full, mono: true };
  }
  if (command !== undefined) return { kind: 'command', prefix: '$', full: firstLine(command), mono: true };
  if (model !== undefined) {
    return { kind: 'model', prefix: 'model', full: provider ? `${provider}/${model}` : model, mono: false };
  }
  if (tool !== undefined) {
    return { kind: 'tool', prefix: 'tool', full: server ? `${server} · ${tool}` : tool, mono: true };
  }
  const image = str(rt.image);
  if (image !== undefined) return { kind: 'tool', prefix: 'image', full: image, mono: true };
  const approvers = rt.approvers;
  if (Array.isArray(approvers) && approvers.length > 0) {
    return { kind: 'people', prefix: 'approvers', full: approvers.map((a) => str(a) ?? '?').join(', '), mono: false };
  }
  return undefined;
}

function fit(fact: Omit<CardFact, 'text'>): CardFact {
  const prefixW = fact.prefix ? textWidth(`${fact.prefix} `, CARD.factSize, 'regular') + 2 : 0;
  const text = truncateToWidth(fact.full, INNER - prefixW, CARD.factSize, fact.mono ? 'mono' : 'regular');
  return { ...fact, text };
}

/** Computes the card for a node: what to draw and its size. Pure, deterministic. */
export function nodeCard(node: WorkflowNode): NodeCard {
  const typeText = (node.type === '' ? 'no type' : node.type) + (node.subtype ? ` · ${node.subtype}` : '');
  const chips: CardChip[] = [];
  if (node.timeoutSec !== undefined) {
    chips.push({ kind: 'timeout', text: formatDuration(node.timeoutSec), title: `Timeout ${formatDuration(node.timeoutSec)}` });
  }
  if (node.maxRetries !== undefined && node.maxRetries > 0) {
    chips.push({ kind: 'retries', text: `×${node.maxRetries}`, title: `Up to ${node.maxRetries} retries` });
  }
  if (node.approvalGate) chips.push({ kind: 'approval', text: '', title: 'Approval gate' });
  if (node.riskLevel !== undefined && /^(high|critical)$/i.test(node.riskLevel)) {
    chips.push({ kind: 'risk', text: node.riskLevel.toLowerCase(), title: `Risk level: ${node.riskLevel}` });
  }

  const title = wrapText(node.label, INNER, CARD.titleSize, 'semibold', CARD.titleMaxLines);
  const titleLines = title.lines.length > 0 ? title.lines : [node.id];
  const idText =
    node.label !== node.id ? truncateToWidth(node.id, INNER, CARD.idSize, 'mono') : undefined;

  const facts: CardFact[] = [];
  const main = runtimeFact(node);
  if (main) facts.push(fit(main));
  if (node.secrets.length > 0) {
    facts.push(fit({ kind: 'secret', prefix: 'secret', full: node.secrets.join(', '), mono: true }));
  }
  if (node.inputs.length > 0) {
    facts.push(fit({ kind: 'inputs', prefix: 'in', full: node.inputs.map((i) => i.name).join(', '), mono: false }));
  }
  if (node.outputs.length > 0) {
    facts.push(fit({ kind: 'outputs', prefix: 'out', full: node.outputs.map((o) => o.name).join(', '), mono: false }));
  }
  const truncated =
    title.truncated || (idText !== undefined && idText !== node.id) || facts.some((f) => f.text !== f.full);
  const height =
    CARD.padTop +
    CARD.headerH +
    CARD.headerGap +
    titleLines.length * CARD.titleLineH +
    (idText !== undefined ? CARD.idH : 0) +
    (facts.length > 0 ? 4 + facts.length * CARD.factH : 0) +
    CARD.padBottom;
  return {
    typeText,
    chips,
    titleLines,
    titleFull: node.label,
    ...(idText !== undefined ? { idText } : {}),
    facts,
    truncated,
    width: CARD.width,
    height,
  };
}
