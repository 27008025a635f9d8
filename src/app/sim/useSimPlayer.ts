import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '@/store/useAppStore';

/** Drives an animated Run to end: one step per tick at the chosen speed until it stops. */
export function useSimPlayer(): void {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.sim?.playing ?? false);
  const speed = useAppStore((s) => s.simSpeed);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => store.getState().simTick(), Math.max(16, speed));
    return () => clearInterval(timer);
  }, [store, playing, speed]);
}
