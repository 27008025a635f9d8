/**
 * Shared definitions of one SVG document: icon symbols (each lucide icon once, drawn with
 * `<use>`), arrowhead markers (one per stroke colour) and clip rectangles (one per card size).
 * Ids are prefixed so that several exports inlined into one HTML page do not clash. Pure.
 */
import type { IconNode } from '../nodeStyle';
import { attrs, el, num } from './xml';

/** Collects the `<defs>` a document needs while its body is drawn. */
export class Defs {
  private readonly icons = new Map<IconNode, string>();
  private readonly markers = new Map<string, string>();
  private readonly clips = new Map<string, string>();
  private readonly parts: string[] = [];
  private readonly prefix: string;

  /** @param prefix id prefix, unique per document (letters, digits and `-` only). */
  constructor(prefix: string) {
    this.prefix = prefix;
  }

  /** The id of a `<symbol>` (24×24 view box, stroked with `currentColor`) for a lucide icon. */
  icon(icon: IconNode): string {
    let id = this.icons.get(icon);
    if (id === undefined) {
      id = `${this.prefix}i${this.icons.size}`;
      this.icons.set(icon, id);
      const children = icon
        .map(([tag, a]) => (/^[a-z]+$/.test(tag) ? el(tag, withoutKey(a)) : ''))
        .join('');
      this.parts.push(
        `<symbol id="${id}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">${children}</symbol>`,
      );
    }
    return id;
  }

  /**
   * The id of a closed arrowhead marker of `color`, sized in stroke widths like the canvas's
   * (React Flow's `ArrowClosed`, 14 × 14).
   */
  marker(color: string): string {
    let id = this.markers.get(color);
    if (id === undefined) {
      id = `${this.prefix}a${this.markers.size}`;
      this.markers.set(color, id);
      this.parts.push(
        `<marker id="${id}" viewBox="-10 -10 20 20" markerWidth="14" markerHeight="14" markerUnits="strokeWidth" orient="auto" refX="0" refY="0">` +
          `<polyline points="-5,-4 0,0 -5,4 -5,-4"${attrs({ fill: color, stroke: color })} stroke-width="1" stroke-linecap="round" stroke-linejoin="round"/></marker>`,
      );
    }
    return id;
  }

  /** The id of a clip rectangle (in the user space of the element that uses it). */
  clip(x: number, y: number, width: number, height: number): string {
    const key = [x, y, width, height].map(num).join(' ');
    let id = this.clips.get(key);
    if (id === undefined) {
      id = `${this.prefix}c${this.clips.size}`;
      this.clips.set(key, id);
      this.parts.push(`<clipPath id="${id}">${el('rect', { x, y, width, height })}</clipPath>`);
    }
    return id;
  }

  /** Adds raw markup (made by this module) to the definitions. */
  add(markup: string): void {
    this.parts.push(markup);
  }

  /** The definitions collected so far, as markup. */
  toString(): string {
    return this.parts.join('');
  }
}

function withoutKey(
  a: Readonly<Record<string, string | number | undefined>>,
): Record<string, string | number | undefined> {
  const out: Record<string, string | number | undefined> = {};
  for (const [k, v] of Object.entries(a))
    if (k !== 'key' && /^[a-zA-Z][a-zA-Z0-9-]*$/.test(k)) out[k] = v;
  return out;
}
