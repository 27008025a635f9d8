import { createElement, memo } from 'react';
import type { IconNode } from '@/render/nodeStyle';

interface IconProps {
  readonly icon: IconNode;
  readonly size?: number;
  readonly strokeWidth?: number;
  readonly className?: string;
}

/** Draws lucide icon data as an inline SVG (no icon font, nothing fetched). */
export const Icon = memo(function Icon({ icon, size = 16, strokeWidth = 2, className }: IconProps) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {icon.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
    </svg>
  );
});
