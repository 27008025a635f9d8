import { useEffect, useState } from 'react';
import { useOpenFile } from './useOpenFile';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;

/** Opens a file dropped anywhere on the window; returns whether a file is being dragged over. */
export function useFileDrop(enabled: boolean): boolean {
  const [over, setOver] = useState(false);
  const openFile = useOpenFile();
  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) void openFile(file, 'drop');
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [enabled, openFile]);
  return over;
}
