/** Icons of the chips at the right of a card's header, shared by the canvas and the SVG export. */
import { Flame, RotateCw, ShieldCheck, Timer } from 'lucide';
import type { ChipKind } from './nodeCard';
import type { IconNode } from './nodeStyle';

export const CHIP_ICONS: Readonly<Record<ChipKind, IconNode>> = {
  timeout: Timer,
  retries: RotateCw,
  approval: ShieldCheck,
  risk: Flame,
};
