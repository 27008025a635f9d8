/**
 * Entry: small on purpose. It reads what to open, starts parsing it in a worker (which also
 * draws a static preview of small diagrams) and starts the layout worker, and only then loads
 * the app (React, the canvas, …): the other core parses while the app's code is compiled.
 */
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/jetbrains-mono/400.css';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import { layoutClient } from './app/layoutClientInstance';
import { EDITOR_KEY, readStartPlan, readStorage } from './app/startPlan';
import { showStartPreview } from './app/startPreview';
import { markOnce } from './lib/perfMark';
import type { ParseResult } from './model/types';
import { createParseClient } from './store/parseClient';

const plan = readStartPlan();
document.documentElement.dataset.theme = plan.theme;
const parser = createParseClient();
// The preview stands in for the canvas only where the canvas fills the window (no editor or
// simulation panel beside it at start).
// Large documents (beyond ~150 nodes the canvas draws an overview) get none, and the app does
// not wait for one.
const previewable = plan.sim === undefined && plan.text.length <= 50_000 && (plan.embed || readStorage(EDITOR_KEY) !== 'open');
const first: Promise<{ readonly result: ParseResult; readonly preview?: string }> = previewable
  ? parser.withPreview(plan.text, { theme: plan.theme, direction: plan.dir })
  : parser.parse(plan.text).then((result) => ({ result }));
markOnce('parse-started');
// Now fetch and compile the app's code (named by the build in a meta tag; absent in dev).
const appChunk = document.querySelector<HTMLMetaElement>('meta[name="osop-app-chunk"]')?.content;
if (appChunk) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = appChunk;
  link.crossOrigin = '';
  document.head.append(link);
}
const previewShown = first.then(({ preview }) => {
  if (preview === undefined) return;
  showStartPreview(preview, { theme: plan.theme, embed: plan.embed });
  markOnce('preview-shown');
});
// The app's code is fetched and compiled meanwhile (the modulepreload link above);
// it is evaluated and started once the preview has been painted (its first render is one long
// task that would otherwise hold the preview back), or after a short while if parsing is slow.
const painted = previewShown.then(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
const ready = previewable ? Promise.race([painted, new Promise((resolve) => setTimeout(resolve, 700))]) : Promise.resolve();
void ready
  .then(() => import('./app/boot'))
  .then(({ boot }) => boot({ plan, client: layoutClient, parseAsync: parser.parse, firstParse: first.then(({ result }) => result) }));
