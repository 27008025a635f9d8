/**
 * Reads the workflow's top-level metadata (id, name, version, OSOP version, description, tags).
 * Pure; never throws.
 */
import type { WorkflowMeta } from './types';
import { optional, textOf, trimmedText } from './values';

function tagsOf(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map((t) => trimmedText(t)).filter((t): t is string => t !== undefined);
  }
  const single = trimmedText(value);
  return single === undefined
    ? []
    : single
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '');
}

/**
 * The metadata of a workflow mapping; `osop:` is read when `osop_version` is absent. Name,
 * version, description and tags missing at the top level are read from a `metadata:` mapping
 * when it has them (a real file keeps its name there).
 */
export function readMeta(root: Readonly<Record<string, unknown>>): WorkflowMeta {
  const inner = root['metadata'];
  const metadata: Readonly<Record<string, unknown>> = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {};
  const field = (key: string): unknown => root[key] ?? metadata[key];
  return {
    ...optional('id', trimmedText(root['id'])),
    ...optional('name', trimmedText(field('name'))),
    ...optional('version', trimmedText(field('version'))),
    ...optional('osopVersion', trimmedText(root['osop_version']) ?? trimmedText(root['osop'])),
    ...optional('description', textOf(field('description'))),
    tags: tagsOf(field('tags')),
  };
}
