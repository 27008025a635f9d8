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

/** The metadata of a workflow mapping; `osop:` is read when `osop_version` is absent. */
export function readMeta(root: Readonly<Record<string, unknown>>): WorkflowMeta {
  return {
    ...optional('id', trimmedText(root['id'])),
    ...optional('name', trimmedText(root['name'])),
    ...optional('version', trimmedText(root['version'])),
    ...optional('osopVersion', trimmedText(root['osop_version']) ?? trimmedText(root['osop'])),
    ...optional('description', textOf(root['description'])),
    tags: tagsOf(root['tags']),
  };
}
