import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface PopoverProps {
  /** Accessible name and visible text of the trigger button. */
  readonly label: string;
  readonly icon?: ReactNode;
  readonly className?: string;
  readonly children: (close: () => void) => ReactNode;
  readonly align?: 'left' | 'right';
  readonly badge?: ReactNode;
}

/** A button that opens a panel below it; closes on Escape, outside click or selection. */
export function Popover({ label, icon, className, children, align = 'left', badge }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && e.target instanceof Node && !root.current.contains(e.target)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className={`osop-popover ${className ?? ''}`} ref={root}>
      <button type="button" className="osop-btn" title={label} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {icon}
        <span>{label}</span>
        {badge}
      </button>
      {open && (
        <div id={id} className={`osop-popover__panel osop-popover__panel--${align}`}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
