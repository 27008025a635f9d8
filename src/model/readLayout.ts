/**
 * Reads the `x-layout` extension: `direction` (DOWN | RIGHT) and pinned node positions
 * `nodes: { id: {x, y} }`. Entries for unknown ids are ignored with an info diagnostic.
 * Internal; never throws.
 */
import { findPair, rangeOf, valueNode, valueRange } from './context';
import type { Pair } from 'yaml';
import type { Located, ReadContext } from './context';
import type { LayoutDirection, SourceRange, WorkflowGraph, XY } from './types';
import { isRecord, optional, textOf } from './values';

/** The key of the layout extension at the top level of a workflow. */
export const LAYOUT_KEY = 'x-layout';

function readDirection(
  ctx: ReadContext,
  js: unknown,
  map: Located,
  fallback: SourceRange,
): LayoutDirection | undefined {
  if (js == null) return undefined;
  const dir = textOf(js)?.trim().toUpperCase();
  if (dir === 'DOWN' || dir === 'RIGHT') return dir;
  ctx.sink.add(
    'LAYOUT_INVALID',
    `\`${LAYOUT_KEY}.direction\` must be DOWN or RIGHT; it is ignored.`,
    valueRange(ctx, map, 'direction', fallback),
  );
  return undefined;
}

function readPosition(
  ctx: ReadContext,
  id: string,
  js: unknown,
  entry: Pair | undefined,
  fallback: SourceRange,
): XY | undefined {
  const x = isRecord(js) ? js['x'] : undefined;
  const y = isRecord(js) ? js['y'] : undefined;
  if (typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y))
    return { x, y };
  const value = entry?.value as Located;
  ctx.sink.add(
    'LAYOUT_INVALID',
    `Position of "${id}" in \`${LAYOUT_KEY}\` needs numbers \`{ x: …, y: … }\`; it is ignored.`,
    rangeOf(ctx, value, rangeOf(ctx, entry, fallback)),
  );
  return undefined;
}

function readPinned(
  ctx: ReadContext,
  js: unknown,
  ast: Located,
  known: ReadonlySet<string>,
  fallback: SourceRange,
): Record<string, XY> {
  if (js == null) return {};
  if (!isRecord(js)) {
    ctx.sink.add(
      'LAYOUT_INVALID',
      `\`${LAYOUT_KEY}.nodes\` must be a mapping of node id to \`{ x, y }\`; it is ignored.`,
      rangeOf(ctx, ast, fallback),
    );
    return {};
  }
  const pinned: [string, XY][] = [];
  for (const [id, pos] of Object.entries(js)) {
    const entry = findPair(ctx, ast, id);
    if (!known.has(id)) {
      ctx.sink.add(
        'LAYOUT_UNKNOWN_NODE',
        `\`${LAYOUT_KEY}\` has a position for "${id}", which is not a node id; it is ignored.`,
        rangeOf(ctx, entry, fallback),
      );
      continue;
    }
    const xy = readPosition(ctx, id, pos, entry, fallback);
    if (xy !== undefined) pinned.push([id, xy]);
  }
  // fromEntries defines own properties, so an id like "__proto__" stays plain data.
  return Object.fromEntries(pinned);
}

/** Reads `x-layout` (`js` as plain JS, `ast` its YAML value node). */
export function readLayout(
  ctx: ReadContext,
  js: unknown,
  ast: Located,
  known: ReadonlySet<string>,
  fallback: SourceRange,
): WorkflowGraph['layout'] {
  if (js == null) return { pinned: {} };
  const range = rangeOf(ctx, ast, fallback);
  if (!isRecord(js)) {
    ctx.sink.add(
      'LAYOUT_INVALID',
      `\`${LAYOUT_KEY}\` must be a mapping with \`direction\` and \`nodes\`; it is ignored.`,
      range,
    );
    return { pinned: {} };
  }
  return {
    ...optional('direction', readDirection(ctx, js['direction'], ast, range)),
    pinned: readPinned(ctx, js['nodes'], valueNode(ctx, ast, 'nodes'), known, range),
  };
}
