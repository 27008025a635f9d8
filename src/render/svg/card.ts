/**
 * One node card, drawn like the canvas's OsopNode: rounded box with an accent top border,
 * header (type icon, type badge, chips), title lines, id line and fact lines. Every text comes
 * from {@link NodeCard}, so what is drawn matches the size ELK was given. Pure.
 */
import { Flame, RotateCw, ShieldCheck, Timer } from 'lucide';
import type { LaidOutNode } from '@/layout/protocol';
import type { WorkflowNode } from '@/model/types';
import { CARD, type CardChip, type ChipKind, type NodeCard } from '../nodeCard';
import type { IconNode } from '../nodeStyle';
import { nodeStyle } from '../nodeStyle';
import { charWidthEm, textWidth } from '../textWidth';
import type { Defs } from './defs';
import type { Palette } from './theme';
import { attrs, el, escapeMultiline, escapeText, fitAttrs, num } from './xml';

/** Chip icons, as on the canvas (src/canvas/chipIcons.ts). */
const CHIP_ICONS: Readonly<Record<ChipKind, IconNode>> = {
  timeout: Timer,
  retries: RotateCw,
  approval: ShieldCheck,
  risk: Flame,
};

/** Card geometry in card-local px, as the app's CSS lays it out. */
const G = {
  left: 13, // 1px border + 12px padding
  headerTop: 9, // 3px accent border + 9px padding − 3px header offset
  iconW: 20,
  iconSize: 13,
  gap: 6,
  typeSize: 10.5,
  typeSpacingEm: 0.04,
  chipH: 15,
  chipIcon: 11,
  chipPadX: 4,
  chipGap: 4,
  titleTop: CARD.padTop + CARD.headerH + CARD.headerGap,
  factGap: 4,
  prefixGap: 5,
  /** Baseline below the middle of a line box, in em (Inter's ascender/descender centred). */
  baseline: 0.36,
} as const;

/** Baseline y for text of `size` centred in a line box starting at `top` of height `h`. */
export function baselineY(top: number, h: number, size: number): number {
  return top + h / 2 + G.baseline * size;
}

/** Width of semibold `text` at `size` with extra letter spacing. */
function spacedWidth(text: string, size: number, spacingEm: number): number {
  let total = 0;
  for (const ch of text) total += (charWidthEm(ch.codePointAt(0) ?? 32, 'semibold') + spacingEm) * size;
  return total;
}

/** Cuts `text` drawn with extra letter spacing to `maxPx`, ending in "…" when cut. */
function fitSpaced(text: string, maxPx: number, size: number, spacingEm: number): string {
  if (spacedWidth(text, size, spacingEm) <= maxPx) return text;
  const w = (ch: string) => spacedWidth(ch, size, spacingEm);
  const room = maxPx - w('…');
  let used = 0;
  let out = '';
  for (const ch of text) {
    if (used + w(ch) > room) break;
    used += w(ch);
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

function chipWidth(chip: CardChip): number {
  const text = chip.text === '' ? 0 : 2 + textWidth(chip.text, G.typeSize, 'regular');
  return G.chipPadX * 2 + G.chipIcon + text;
}

/** The accent top border: 3px thick, following the 10px rounded corners into the 1px sides. */
function accentPath(w: number): string {
  const r = 10;
  return (
    `M0,${r}A${r},${r} 0 0 1 ${r},0H${num(w - r)}A${r},${r} 0 0 1 ${num(w)},${r}` +
    `H${num(w - 1)}A${r - 1},${r - 3} 0 0 0 ${num(w - r)},3H${r}A${r - 1},${r - 3} 0 0 0 1,${r}Z`
  );
}

function chipsMarkup(chips: readonly CardChip[], right: number, p: Palette, defs: Defs): { markup: string; left: number } {
  let x = right;
  const parts: string[] = [];
  for (let i = chips.length - 1; i >= 0; i--) {
    const chip = chips[i];
    if (!chip) continue;
    const w = chipWidth(chip);
    x -= w;
    const color = chip.kind === 'risk' ? p.riskText : chip.kind === 'approval' ? p.approval : p.muted;
    const bg = chip.kind === 'risk' ? p.riskBg : p.panel2;
    const y = G.headerTop + (CARD.headerH - G.chipH) / 2;
    const icon = el('use', {
      href: `#${defs.icon(CHIP_ICONS[chip.kind])}`,
      x: x + G.chipPadX,
      y: y + (G.chipH - G.chipIcon) / 2,
      width: G.chipIcon,
      height: G.chipIcon,
      color,
      'stroke-width': 2.4,
    });
    const text =
      chip.text === ''
        ? ''
        : el('text', { class: 'chip', x: x + G.chipPadX + G.chipIcon + 2, y: baselineY(G.headerTop, CARD.headerH, G.typeSize), fill: color }, escapeText(chip.text));
    parts.unshift(
      `<g class="osop-chip" data-chip="${chip.kind}"><title>${escapeMultiline(chip.title)}</title>` +
        el('rect', { x, y, width: w, height: G.chipH, rx: 4, fill: bg }) +
        icon +
        text +
        '</g>',
    );
    x -= G.chipGap;
  }
  return { markup: parts.join(''), left: x + G.chipGap };
}

/** The node's tooltip: full title, id and type, and every fact uncut. */
function tooltip(node: WorkflowNode, card: NodeCard): string {
  const lines = [card.titleFull, `${node.id} · ${card.typeText}`];
  for (const fact of card.facts) lines.push(fact.prefix === '' ? fact.full : `${fact.prefix} ${fact.full}`);
  for (const chip of card.chips) lines.push(chip.title);
  return lines.join('\n');
}

/** Draws the card of `node` at its laid-out box. */
export function cardSvg(node: WorkflowNode, card: NodeCard, box: LaidOutNode, p: Palette, defs: Defs, shadow: string | undefined): string {
  const style = nodeStyle(node.type, node.typeKind);
  const w = box.width;
  const h = box.height;
  const inner = w - 2 * G.left;
  const out: string[] = [];
  out.push(
    `<g class="osop-node"${attrs({ 'data-node-id': node.id, 'data-node-type': node.type, transform: `translate(${num(box.x)} ${num(box.y)})` })}>`,
    `<title>${escapeMultiline(tooltip(node, card))}</title>`,
    el('rect', { x: 0.5, y: 0.5, width: w - 1, height: h - 1, rx: 9.5, fill: p.nodeBg, stroke: p.nodeBorder, filter: shadow }),
    el('path', { d: accentPath(w), fill: style.color }),
  );

  // Header: icon box, type badge, unknown-type marker, chips on the right.
  const chips = chipsMarkup(card.chips, w - G.left, p, defs);
  out.push(
    el('rect', { x: G.left, y: G.headerTop, width: G.iconW, height: CARD.headerH, rx: 5, fill: style.color, 'fill-opacity': 0.14 }),
    el('use', {
      href: `#${defs.icon(style.icon)}`,
      x: G.left + (G.iconW - G.iconSize) / 2,
      y: G.headerTop + (CARD.headerH - G.iconSize) / 2,
      width: G.iconSize,
      height: G.iconSize,
      color: style.color,
      'stroke-width': 2.2,
    }),
  );
  const typeX = G.left + G.iconW + G.gap;
  const unknown = node.typeKind === 'unknown';
  const typeRoom = chips.left - G.gap - typeX - (unknown ? 14 + G.gap : 0);
  const typeText = fitSpaced(card.typeText.toUpperCase(), Math.max(0, typeRoom), G.typeSize, G.typeSpacingEm);
  const headerBase = baselineY(G.headerTop, CARD.headerH, G.typeSize);
  out.push(
    el(
      'text',
      { class: 'type', x: typeX, y: headerBase, fill: style.color, ...fitAttrs(spacedWidth(typeText, G.typeSize, G.typeSpacingEm), typeRoom) },
      escapeText(typeText),
    ),
  );
  if (unknown) {
    const cx = typeX + spacedWidth(typeText, G.typeSize, G.typeSpacingEm) + G.gap + 7;
    const title = node.type === '' ? 'This node has no type' : `Unknown node type “${node.type}”: drawn with the generic style`;
    out.push(
      `<g class="osop-unknown"><title>${escapeMultiline(title)}</title>`,
      el('circle', { cx, cy: G.headerTop + CARD.headerH / 2, r: 6.5, fill: 'none', stroke: p.border }),
      el('text', { class: 'unknown', x: cx, y: baselineY(G.headerTop, CARD.headerH, 10), 'text-anchor': 'middle' }, '?'),
      '</g>',
    );
  }
  out.push(chips.markup);

  // Body text, clipped to the card's inside like the canvas's `overflow: hidden`.
  out.push(`<g clip-path="url(#${defs.clip(1, 3, w - 2, h - 4)})">`);
  let top = G.titleTop;
  for (const line of card.titleLines) {
    const fit = fitAttrs(textWidth(line, CARD.titleSize, 'semibold'), inner);
    out.push(el('text', { class: 'title', x: G.left, y: baselineY(top, CARD.titleLineH, CARD.titleSize), ...fit }, escapeText(line)));
    top += CARD.titleLineH;
  }
  if (card.idText !== undefined) {
    const fit = fitAttrs(textWidth(card.idText, CARD.idSize, 'mono'), inner);
    out.push(el('text', { class: 'id', x: G.left, y: baselineY(top, CARD.idH, CARD.idSize), ...fit }, escapeText(card.idText)));
    top += CARD.idH;
  }
  if (card.facts.length > 0) top += G.factGap;
  for (const fact of card.facts) {
    const y = baselineY(top, CARD.factH, CARD.factSize);
    let x = G.left;
    if (fact.prefix !== '') {
      out.push(el('text', { class: 'pre', x, y }, escapeText(fact.prefix)));
      x += textWidth(fact.prefix, CARD.factSize, 'regular') + G.prefixGap;
    }
    const cls = `fact${fact.mono ? ' mono' : ''}${fact.kind === 'secret' ? ' secret' : ''}`;
    const fit = fitAttrs(textWidth(fact.text, CARD.factSize, fact.mono ? 'mono' : 'regular'), G.left + inner - x);
    out.push(el('text', { class: cls, x, y, 'data-fact': fact.kind, ...fit }, escapeText(fact.text)));
    top += CARD.factH;
  }
  out.push('</g></g>');
  return out.join('');
}
