/**
 * share: links to a workflow. Pure (no React, DOM or store); text in, text out; runs in Node
 * and in the browser.
 *
 * - `codec`: text ⇄ payload (base64url of raw DEFLATE of UTF-8), with capped, explained decoding.
 * - `simValues`: simulation values ⇄ payload (a flat JSON object, same encoding).
 * - `fragment`: read a page address into a {@link LinkState}; build fragments, editor and embed links.
 */
export {
  DEFAULT_MAX_INFLATED_BYTES,
  DEFAULT_MAX_PAYLOAD_CHARS,
  decodePayload,
  decodePayloadAsync,
  encodePayload,
  type DecodeLimits,
} from './codec';
export { type ShareError, type ShareErrorCode } from './errors';
export {
  buildEditorLink,
  buildEmbedLink,
  buildFragment,
  checkSourceUrl,
  parseLocation,
  type Direction,
  type FragmentParts,
  type LinkOptions,
  type LinkState,
  type Theme,
} from './fragment';
export {
  MAX_SIM_KEYS,
  decodeSimValues,
  encodeSimValues,
  type SimValue,
  type SimValues,
} from './simValues';
