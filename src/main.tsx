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

/** Beyond this, a start document gets no preview, and the layout worker warms up for it. */
const LARGE_START_CHARS = 50_000;

// The app's code loads at once (fetched and compiled while the start document is read).
// React DOM and React Flow are imported on their own as well: their chunks are then evaluated
// in tasks of their own instead of inside the app's (which made one ~0.3 s task on a slow
// machine).
void import('react-dom/client');
void import('@xyflow/react');
const app = import('./app/boot');

// The parse worker starts loading its code while the start document is read (unpacked).
const parser = createParseClient();
parser.prepare();

void readStartPlan().then((plan) => {
  document.documentElement.dataset.theme = plan.theme;
  // A large document's layout comes after a long parse: the layout worker warms up meanwhile.
  if (plan.text.length > LARGE_START_CHARS) layoutClient?.warmup();
  // The preview stands in for the canvas only where the canvas fills the window (no editor or
  // simulation panel beside it at start).
  // Large documents (beyond ~150 nodes the canvas draws an overview) get none, and the app does
  // not wait for one.
  const previewable = plan.sim === undefined && plan.text.length <= LARGE_START_CHARS && (plan.embed || readStorage(EDITOR_KEY) !== 'open');
  const first: Promise<{ readonly result: ParseResult; readonly preview?: string }> = previewable
    ? parser.withPreview(plan.text, { theme: plan.theme, direction: plan.dir })
    : parser.parse(plan.text).then((result) => ({ result }));
  markOnce('parse-started');
  void first.then(({ preview }) => {
    if (preview === undefined) return;
    showStartPreview(preview, { theme: plan.theme, embed: plan.embed });
    markOnce('preview-shown');
  });
  // The app is evaluated while the worker parses on the other core. The preview shows whenever
  // the parse comes back before the canvas has drawn (tests and the bench showed that holding
  // the app back for it delays the canvas itself by ~0.5 s).
  void app.then(({ boot }) => boot({ plan, client: layoutClient, parseAsync: parser.parse, firstParse: first.then(({ result }) => result) }));
});
