/**
 * One node card, drawn like the canvas's OsopNode: rounded box with an accent top border,
 * header (type icon, type badge, chips), title lines, id line and fact lines. Every text comes
 * from {@link NodeCard}, so what is drawn matches the size ELK was given. Pure.
 */
import type { LaidOutNode } from '@/layout/protocol';
import type { WorkflowNode } from '@/model/types';
import { CARD, type NodeCard } from '../nodeCard';
import { nodeStyle } from '../nodeStyle';
import { textWidth } from '../textWidth';
import { chipsMarkup } from './chips';
import type { Defs } from './defs';
import { accentPath, baselineY, fitSpaced, G, spacedWidth } from './geometry';
import type { Palette } from './theme';
import { attrs, el, escapeMultiline, escapeText, fitAttrs, num } from './xml';

/** The node's tooltip: full title, id and type, and every fact uncut. */
function tooltip(node: WorkflowNode, card: NodeCard): string {
  const lines = [card.titleFull, `${node.id} · ${card.typeText}`];
  for (const fact of card.facts)
    lines.push(fact.prefix === '' ? fact.full : `${fact.prefix} ${fact.full}`);
  for (const chip of card.chips) lines.push(chip.title);
  return lines.join('\n');
}

/** Draws the card of `node` at its laid-out box. */
export function cardSvg(
  node: WorkflowNode,
  card: NodeCard,
  box: LaidOutNode,
  p: Palette,
  defs: Defs,
  shadow: string | undefined,
): string {
  const style = nodeStyle(node.type, node.typeKind);
  const w = box.width;
  const h = box.height;
  const inner = w - 2 * G.left;
  const out: string[] = [];
  out.push(
    `<g class="osop-node"${attrs({ 'data-node-id': node.id, 'data-node-type': node.type, transform: `translate(${num(box.x)} ${num(box.y)})` })}>`,
    `<title>${escapeMultiline(tooltip(node, card))}</title>`,
    el('rect', {
      x: 0.5,
      y: 0.5,
      width: w - 1,
      height: h - 1,
      rx: 9.5,
      fill: p.nodeBg,
      stroke: p.nodeBorder,
      filter: shadow,
    }),
    el('path', { d: accentPath(w), fill: style.color }),
  );

  // Header: icon box, type badge, unknown-type marker, chips on the right.
  const chips = chipsMarkup(card.chips, w - G.left, p, defs);
  out.push(
    el('rect', {
      x: G.left,
      y: G.headerTop,
      width: G.iconW,
      height: CARD.headerH,
      rx: 5,
      fill: style.color,
      'fill-opacity': 0.14,
    }),
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
  const typeText = fitSpaced(
    card.typeText.toUpperCase(),
    Math.max(0, typeRoom),
    G.typeSize,
    G.typeSpacingEm,
  );
  const headerBase = baselineY(G.headerTop, CARD.headerH, G.typeSize);
  out.push(
    el(
      'text',
      {
        class: 'type',
        x: typeX,
        y: headerBase,
        fill: style.color,
        ...fitAttrs(spacedWidth(typeText, G.typeSize, G.typeSpacingEm), typeRoom),
      },
      escapeText(typeText),
    ),
  );
  if (unknown) {
    const cx = typeX + spacedWidth(typeText, G.typeSize, G.typeSpacingEm) + G.gap + 7;
    const title =
      node.type === ''
        ? 'This node has no type'
        : `Unknown node type “${node.type}”: drawn with the generic style`;
    out.push(
      `<g class="osop-unknown"><title>${escapeMultiline(title)}</title>`,
      el('circle', {
        cx,
        cy: G.headerTop + CARD.headerH / 2,
        r: 6.5,
        fill: 'none',
        stroke: p.border,
      }),
      el(
        'text',
        {
          class: 'unknown',
          x: cx,
          y: baselineY(G.headerTop, CARD.headerH, 10),
          'text-anchor': 'middle',
        },
        '?',
      ),
      '</g>',
    );
  }
  out.push(chips.markup);

  // Body text, clipped to the card's inside like the canvas's `overflow: hidden`.
  out.push(`<g clip-path="url(#${defs.clip(1, 3, w - 2, h - 4)})">`);
  let top = G.titleTop;
  for (const line of card.titleLines) {
    const fit = fitAttrs(textWidth(line, CARD.titleSize, 'semibold'), inner);
    out.push(
      el(
        'text',
        { class: 'title', x: G.left, y: baselineY(top, CARD.titleLineH, CARD.titleSize), ...fit },
        escapeText(line),
      ),
    );
    top += CARD.titleLineH;
  }
  if (card.idText !== undefined) {
    const fit = fitAttrs(textWidth(card.idText, CARD.idSize, 'mono'), inner);
    out.push(
      el(
        'text',
        { class: 'id', x: G.left, y: baselineY(top, CARD.idH, CARD.idSize), ...fit },
        escapeText(card.idText),
      ),
    );
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
    const fit = fitAttrs(
      textWidth(fact.text, CARD.factSize, fact.mono ? 'mono' : 'regular'),
      G.left + inner - x,
    );
    out.push(
      el('text', { class: cls, x, y, 'data-fact': fact.kind, ...fit }, escapeText(fact.text)),
    );
    top += CARD.factH;
  }
  out.push('</g></g>');
  return out.join('');
}
