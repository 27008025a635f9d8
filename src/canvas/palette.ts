/** The node types offered by the palette, core first (drag MIME type shared with the canvas). */
import { CORE_NODE_TYPES, EXTENDED_NODE_TYPES } from '@/model/types';

export const PALETTE_MIME = 'application/x-osop-node-type';

export const PALETTE_TYPES: readonly string[] = [...CORE_NODE_TYPES, ...EXTENDED_NODE_TYPES.filter((t) => t !== 'company' && t !== 'department' && t !== 'gateway')];
