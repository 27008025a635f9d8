import { Flame, KeyRound, RotateCw, ShieldCheck, Timer } from 'lucide';
import type { ChipKind } from '@/render/nodeCard';
import type { IconNode } from '@/render/nodeStyle';

export const CHIP_ICONS: Readonly<Record<ChipKind, IconNode>> = {
  timeout: Timer,
  retries: RotateCw,
  approval: ShieldCheck,
  risk: Flame,
};

export const SECRET_ICON: IconNode = KeyRound;
