/**
 * Normalises a node's `inputs`/`outputs` from the forms real files use:
 * `[a, b]`, `[{name, schema, description, required}]`, `{name: schema}` and one-key maps
 * `- head_sha: "data.head.sha"`. Garbage entries are skipped. Pure; never throws.
 */
import type { IoItem } from './types';
import { isRecord, optional, textOf, trimmedText } from './values';

/** Short text describing a schema: its `type`, else `description`, else the text itself. */
function schemaDetail(schema: unknown): string | undefined {
  if (isRecord(schema)) return trimmedText(schema['type']) ?? trimmedText(schema['description']);
  return trimmedText(schema);
}

function item(name: string, detail: string | undefined, required: unknown): IoItem {
  return {
    name,
    ...optional('detail', detail),
    ...optional('required', typeof required === 'boolean' ? required : undefined),
  };
}

function fromListEntry(entry: unknown): IoItem | undefined {
  const name = trimmedText(entry);
  if (name !== undefined) return { name };
  if (!isRecord(entry)) return undefined;
  const named = trimmedText(entry['name']);
  if (named !== undefined) {
    const detail =
      schemaDetail(entry['schema']) ??
      trimmedText(entry['type']) ??
      trimmedText(entry['description']);
    return item(named, detail, entry['required']);
  }
  const keys = Object.keys(entry);
  const only = keys[0];
  if (keys.length !== 1 || only === undefined || only.trim() === '') return undefined;
  const value = entry[only];
  const detail = isRecord(value) ? schemaDetail(value) : textOf(value);
  return item(only.trim(), detail, isRecord(value) ? value['required'] : undefined);
}

/** The declared inputs or outputs of a node, in written order. */
export function readIo(value: unknown): IoItem[] {
  if (Array.isArray(value)) {
    const items: IoItem[] = [];
    for (const entry of value) {
      const io = fromListEntry(entry);
      if (io !== undefined) items.push(io);
    }
    return items;
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([name]) => name.trim() !== '')
      .map(([name, schema]) =>
        item(name.trim(), schemaDetail(schema), isRecord(schema) ? schema['required'] : undefined),
      );
  }
  const single = trimmedText(value);
  return single === undefined ? [] : [{ name: single }];
}
