/**
 * Reads the display and behaviour fields of one node from its plain-JS mapping, liberally.
 * Pure; never throws.
 */
import { readIo } from './io';
import { CORE_NODE_TYPES, EXTENDED_NODE_TYPES } from './types';
import type { TypeKind, WorkflowNode } from './types';
import {
  durationSeconds,
  finiteNumber,
  isRecord,
  optional,
  textOf,
  trimmedText,
  unique,
} from './values';

/** The fields of a node that come from its mapping alone (no id, position or range). */
export type NodeFields = Omit<WorkflowNode, 'id' | 'index' | 'raw' | 'range'>;

const CORE: ReadonlySet<string> = new Set(CORE_NODE_TYPES);
const EXTENDED: ReadonlySet<string> = new Set(EXTENDED_NODE_TYPES);

/** How the app knows a node type. */
export function typeKindOf(type: string): TypeKind {
  if (CORE.has(type)) return 'core';
  if (EXTENDED.has(type)) return 'extended';
  return 'unknown';
}

const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

function runtimeOf(raw: Record<string, unknown>): Record<string, unknown> {
  const runtime = raw['runtime'];
  if (isRecord(runtime)) return runtime;
  const fallback: Record<string, unknown> = { ...record(raw['config']) };
  if (raw['command'] !== undefined && raw['command'] !== null) fallback['command'] = raw['command'];
  const scalar = textOf(runtime);
  if (scalar !== undefined && Object.keys(fallback).length === 0) fallback['runtime'] = scalar;
  return fallback;
}

function timeoutOf(
  raw: Record<string, unknown>,
  runtime: Record<string, unknown>,
): number | undefined {
  return (
    durationSeconds(raw['timeout_sec']) ??
    durationSeconds(raw['timeout']) ??
    durationSeconds(runtime['timeout_sec']) ??
    durationSeconds(runtime['timeout'])
  );
}

function retriesFrom(policy: unknown): number | undefined {
  if (!isRecord(policy)) return undefined;
  const retries = finiteNumber(policy['max_retries']);
  if (retries !== undefined) return Math.max(0, Math.floor(retries));
  const attempts = finiteNumber(policy['max_attempts']);
  return attempts === undefined ? undefined : Math.max(0, Math.floor(attempts) - 1);
}

/** Secret names as strings: a string, a list of strings, or entries like `{name: X}`. */
function secretNames(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const entry of list) {
    const name = isRecord(entry)
      ? (trimmedText(entry['name']) ?? trimmedText(entry['secret_ref']) ?? trimmedText(entry['id']))
      : trimmedText(entry);
    if (name !== undefined) names.push(name);
  }
  return names;
}

function secretsOf(security: Record<string, unknown>, runtime: Record<string, unknown>): string[] {
  return unique([
    ...secretNames(security['credentials']),
    ...secretNames(security['secrets']),
    ...secretNames(security['secret_ref']),
    ...secretNames(record(runtime['auth'])['secret_ref']),
    ...secretNames(runtime['secret_ref']),
  ]);
}

/** `approval_gate` is on when true, or an object whose `required` is not false. */
function gateOn(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (isRecord(value)) return value['required'] !== false && value['required'] !== 'false';
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string')
    return !['', 'false', 'no', 'off', 'none'].includes(value.trim().toLowerCase());
  return false;
}

/** Reads the fields of a node mapping. `id` is the node's id (the last label fallback). */
export function readNodeFields(raw: Record<string, unknown>, id: string): NodeFields {
  const type = textOf(raw['type'])?.trim() ?? '';
  const runtime = runtimeOf(raw);
  const security = record(raw['security']);
  const label =
    trimmedText(raw['name']) ??
    trimmedText(raw['label']) ??
    trimmedText(raw['purpose']) ??
    trimmedText(raw['description']) ??
    id;
  return {
    type,
    typeKind: typeKindOf(type),
    ...optional('subtype', trimmedText(raw['subtype'])),
    label,
    ...optional('name', textOf(raw['name'])),
    ...optional('purpose', textOf(raw['purpose'])),
    ...optional('description', textOf(raw['description'])),
    inputs: readIo(raw['inputs']),
    outputs: readIo(raw['outputs']),
    runtime,
    ...optional('timeoutSec', timeoutOf(raw, runtime)),
    ...optional('maxRetries', retriesFrom(raw['retry_policy']) ?? retriesFrom(raw['retry'])),
    secrets: secretsOf(security, runtime),
    ...optional('riskLevel', trimmedText(security['risk_level']) ?? trimmedText(raw['risk_level'])),
    approvalGate: gateOn(raw['approval_gate']) || gateOn(security['approval_gate']),
  };
}
