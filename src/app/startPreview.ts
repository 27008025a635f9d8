/**
 * Shows the start-up preview (a static SVG of the diagram, drawn in the parse worker) where the
 * canvas will be, until the canvas has drawn its own nodes. It is a picture only: no DOM hooks. No React: this runs while the app's
 * code is still loading. The SVG comes from our own renderer, which escapes every text.
 */
const ID = 'osop-start-preview';
/** The header's height in the app (styles.css `.osop-header`: min-height 56 px, border included). */
const HEADER_PX = 56;
/** As the canvas's fit (Canvas.tsx): bounds × (1 + 8 %), zoom at most 2.5. */
const PADDING = 0.08;
const MAX_ZOOM = 2.5;
/** The margin renderSvg puts around the diagram, px. */
const SVG_PAD = 28;
const BACKGROUND = { light: '#f6f7f9', dark: '#0b1020' } as const;

export interface PreviewPlace {
  readonly theme: 'light' | 'dark';
  readonly embed: boolean;
}

const canvasDrawn = (): boolean => document.querySelector('.react-flow__node, .osop-overview') !== null;

/**
 * An inline SVG's `<style>` applies to the whole page: its rules (one per line, `selector{…}`)
 * get the preview's id in front, so they cannot touch the app around it.
 */
export function scopeStyles(svg: string): string {
  return svg.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/, (_m, open: string, css: string, close: string) => {
    const scoped = css
      .split('\n')
      .map((rule) => {
        const brace = rule.indexOf('{');
        if (brace <= 0 || rule.startsWith('@')) return rule;
        const selectors = rule
          .slice(0, brace)
          .split(',')
          .map((sel) => `#${ID} ${sel.trim()}`)
          .join(',');
        return selectors + rule.slice(brace);
      })
      .join('\n');
    return open + scoped + close;
  });
}

export function removeStartPreview(): void {
  document.getElementById(ID)?.remove();
}

export function showStartPreview(svg: string, place: PreviewPlace): void {
  if (canvasDrawn() || document.getElementById(ID)) return;
  const top = place.embed ? 0 : HEADER_PX;
  const frame = document.createElement('div');
  frame.id = ID;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = `position:fixed;inset:0;background:${BACKGROUND[place.theme]};overflow:hidden;z-index:1;pointer-events:none`;
  // The DOM hooks (`data-node-id`, `data-edge-from`, …) belong to the canvas: a picture that is
  // about to be replaced must not be mistaken for it (by scripts or tests holding an element).
  frame.innerHTML = scopeStyles(svg.replace(/^<\?xml[^>]*>\s*/, '')).replace(/ data-(node|edge)-/g, ' data-preview-$1-');
  const el = frame.querySelector('svg');
  if (!el) return;
  const w = Number(el.getAttribute('width')) || 1;
  const h = Number(el.getAttribute('height')) || 1;
  const cw = window.innerWidth;
  const ch = window.innerHeight - top;
  const scale = Math.min(MAX_ZOOM, cw / (Math.max(1, w - 2 * SVG_PAD) * (1 + PADDING)), ch / (Math.max(1, h - 2 * SVG_PAD) * (1 + PADDING)));
  el.setAttribute('width', String(w * scale));
  el.setAttribute('height', String(h * scale));
  el.style.cssText = `position:absolute;left:${(cw - w * scale) / 2}px;top:${top + (ch - h * scale) / 2}px`;
  document.body.append(frame);
  // The canvas takes over as soon as it has drawn (a mutation callback runs before the next
  // paint, so the two are never seen together); a stuck start removes it after a while.
  const observer = new MutationObserver(() => {
    if (!canvasDrawn()) return;
    observer.disconnect();
    removeStartPreview();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => {
    observer.disconnect();
    removeStartPreview();
  }, 15_000);
}
