/**
 * Replaces values in the text: a scalar keeping its quoting or block style, or any value by a
 * new one in the style of its collection. Internal to `edits/`; pure.
 */
import { isScalar, Scalar } from 'yaml';
import type { Node, Pair } from 'yaml';
import { isEmptyNode, spanOf } from './ast';
import type { ChangeSet } from './changes';
import { blockValue, renderFlow } from './newValues';
import type { NewValue } from './newValues';
import { isMultiline, renderBlockScalar, renderScalar } from './scalars';
import type { ScalarValue } from './scalars';
import type { Source } from './source';
import { colonEnd, contentEnd } from './spans';

/** Replaces a scalar's text with `value`, keeping its quoting (and block) style where possible. */
export function replaceScalar(
  src: Source,
  cs: ChangeSet,
  node: Scalar,
  value: ScalarValue,
  ctx: { readonly inFlow: boolean; readonly keyCol: number },
): void {
  // Writing back the value that is there (an inspector field losing focus) changes nothing.
  if (node.value === value) return;
  const [start] = spanOf(node);
  const end = contentEnd(src, node);
  const isBlock = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
  if (!ctx.inFlow && typeof value === 'string' && (isBlock || isMultiline(value))) {
    const contentLine = src.lines.lineOf(start) + 1;
    const indent =
      isBlock && contentLine < src.lines.count && !src.lines.isBlank(contentLine)
        ? src.lines.indent(contentLine)
        : ctx.keyCol + src.style.unit;
    const folded = node.type === Scalar.BLOCK_FOLDED;
    const block = renderBlockScalar(value, indent, src.style.eol, folded);
    if (block !== undefined) {
      // A comment after the old value stays on the header's line (`name: |-   # note`): the
      // block's lines go after it, or they would swallow the comment into the value.
      const lineEnd = src.lines.contentEnd(src.lines.lineOf(end));
      const eolAt = block.indexOf(src.style.eol);
      if (src.text.slice(end, lineEnd).trim() !== '' && eolAt !== -1) {
        cs.replace(start, end, block.slice(0, eolAt));
        cs.insert(lineEnd, block.slice(eolAt));
      } else cs.replace(start, end, block);
      return;
    }
  }
  cs.replace(start, end, renderScalar(value, { inFlow: ctx.inFlow, like: node.type }));
}

/**
 * Sets a pair's value to `value`, whatever it was: scalars keep their style, anything else is
 * replaced by the new value in the collection's style (flow in flow maps).
 */
export function replaceValue(
  src: Source,
  cs: ChangeSet,
  pair: Pair,
  value: NewValue,
  ctx: { readonly inFlow: boolean; readonly keyCol: number },
): void {
  const old = pair.value as Node | null;
  const simple = value === null || typeof value !== 'object';
  if (simple && isScalar(old) && !isEmptyNode(old)) {
    replaceScalar(src, cs, old, value, ctx);
    return;
  }
  const written: ReturnType<typeof blockValue> = ctx.inFlow
    ? { inline: renderFlow(value) }
    : blockValue(value, ctx.keyCol, src.style);
  const colon = colonEnd(src, pair);
  if (old === null || isEmptyNode(old)) {
    if ('inline' in written) cs.insert(colon, ` ${written.inline}`);
    else {
      const keyLine = src.lines.lineOf(colon);
      cs.insert(src.lines.contentEnd(keyLine), src.style.eol + written.lines.join(src.style.eol));
    }
    return;
  }
  const end = contentEnd(src, old);
  if ('inline' in written) {
    const onKeyLine = src.lines.lineOf(spanOf(old)[0]) === src.lines.lineOf(colon);
    if (onKeyLine) cs.replace(spanOf(old)[0], end, written.inline);
    else cs.replace(colon, end, ` ${written.inline}`);
  } else cs.replace(colon, end, src.style.eol + written.lines.join(src.style.eol));
}
