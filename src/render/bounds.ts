/** The rectangle that holds every node, route point and label of a layout. Pure. */
import type { LayoutResult } from '@/layout/protocol';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function layoutBounds(layout: LayoutResult): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number, w = 0, h = 0) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + w);
    maxY = Math.max(maxY, y + h);
  };
  for (const n of Object.values(layout.nodes)) add(n.x, n.y, n.width, n.height);
  for (const e of Object.values(layout.edges)) {
    for (const p of e.points) add(p.x, p.y);
    if (e.label) add(e.label.x, e.label.y, e.label.width, e.label.height);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 1, height: 1 };
  return { x: minX, y: minY, width: Math.max(1, maxX - minX), height: Math.max(1, maxY - minY) };
}
