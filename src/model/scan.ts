/**
 * Alias guard: one iterative pass over a parsed YAML document that resolves aliases and measures
 * how large the document would be with every alias expanded (billion-laughs input is refused
 * before anything expands it). Iterative so that deeply nested input cannot overflow the stack.
 * Pure.
 */
import { isAlias, isMap, isPair, isSeq } from 'yaml';
import type { Alias, Document, Node, YAMLMap, YAMLSeq } from 'yaml';

/** What `scanAliases` found. */
export interface AliasScan {
  /** Each alias → the anchored node it refers to (absent when unresolved). */
  readonly aliasTargets: ReadonlyMap<Alias, Node>;
  /** Number of YAML nodes with every alias expanded, saturating at `limit + 1` (also for recursive aliases). */
  readonly expandedSize: number;
}

interface Frame {
  readonly node: YAMLMap | YAMLSeq;
  /** Next child slot; for a map, slot 2i is pair i's key and 2i + 1 its value. */
  next: number;
  size: number;
}

const slotCount = (f: Frame): number =>
  isMap(f.node) ? 2 * f.node.items.length : f.node.items.length;

function childAt(f: Frame, slot: number): unknown {
  if (isMap(f.node)) {
    const pair = f.node.items[slot >> 1];
    return slot % 2 === 0 ? pair?.key : pair?.value;
  }
  const item: unknown = f.node.items[slot];
  // A flow sequence may hold pairs (`[a: 1]`): count the pair's value, the key is a scalar.
  return isPair(item) ? item.value : item;
}

/**
 * Scans `doc` (resolution follows YAML: an alias refers to the last anchor of its name before it).
 * Sizes saturate at `limit + 1`, so the pass is linear in the written size even for alias bombs.
 */
export function scanAliases(doc: Document, limit: number): AliasScan {
  const aliasTargets = new Map<Alias, Node>();
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  const cap = (n: number): number => (n > limit ? limit + 1 : n);

  const leafSize = (item: unknown): number => {
    if (!isAlias(item)) {
      if (isScalarWithAnchor(item)) anchors.set(item.anchor, item);
      return 1;
    }
    const target = anchors.get(item.source);
    if (target === undefined) return 1;
    aliasTargets.set(item, target);
    return open.has(target) ? limit + 1 : (sizes.get(target) ?? 1);
  };

  const stack: Frame[] = [];
  const enter = (node: YAMLMap | YAMLSeq): void => {
    if (node.anchor !== undefined) {
      anchors.set(node.anchor, node);
      open.add(node);
    }
    stack.push({ node, next: 0, size: 1 });
  };

  const root: unknown = doc.contents;
  if (!isMap(root) && !isSeq(root)) return { aliasTargets, expandedSize: leafSize(root) };
  enter(root);
  let expandedSize = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next < slotCount(frame)) {
      const child = childAt(frame, frame.next++);
      if (isMap(child) || isSeq(child)) enter(child);
      else frame.size = cap(frame.size + leafSize(child));
      continue;
    }
    stack.pop();
    if (frame.node.anchor !== undefined) {
      open.delete(frame.node);
      sizes.set(frame.node, frame.size);
    }
    const parent = stack[stack.length - 1];
    if (parent === undefined) expandedSize = frame.size;
    else parent.size = cap(parent.size + frame.size);
  }
  return { aliasTargets, expandedSize };
}

function isScalarWithAnchor(item: unknown): item is Node & { anchor: string } {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as { anchor?: unknown }).anchor === 'string'
  );
}
