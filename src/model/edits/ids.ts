/**
 * Node ids for new nodes: valid, and unique in the document. Pure.
 */

/** Longest id written (the core schema's limit). */
export const MAX_ID_LENGTH = 128;

const ID_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;

/**
 * True for an id the canvas may write: letters, digits, `_`, `-` and `.` (not first), at most
 * 128 characters. Real files use snake_case, kebab-case and single words.
 */
export function isValidId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);
}

/**
 * `base` when no id in `taken` has it, else the first free `base_2`, `base_3`, ….
 *
 * @example
 * uniqueId('fetch_copy', new Set(['fetch_copy'])) // 'fetch_copy_2'
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}_${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The first free `base_1`, `base_2`, … (ids of nodes added from the palette). */
export function numberedId(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${base}_${n}`;
    if (!taken.has(id)) return id;
  }
}

/** An id base made from free text (a node type): unsupported characters become `_`. */
export function idBase(text: string): string {
  const base = text
    .trim()
    .replace(/[^\p{L}\p{N}_.-]+/gu, '_')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_ID_LENGTH - 8);
  return base === '' ? 'node' : base;
}

/** The id base of a copy: `<id>_copy` (a copy of a copy is `<id>_copy_2`, not `_copy_copy`). */
export function copyBase(id: string): string {
  return `${idBase(id).replace(/_copy(?:_\d+)?$/, '')}_copy`;
}
