/**
 * Entry: small on purpose. It reads what to open and starts the layout worker while the app
 * (React, the canvas, …) loads. A large document is parsed in a worker meanwhile, on the other
 * core; a small one when the app has loaded. A static preview (drawn in the parse worker)
 * stands in for the canvas when the app is slow to load.
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
import { ASYNC_PARSE_CHARS, createParseClient } from './store/parseClient';

/** Beyond this, a start document gets no preview. */
const LARGE_START_CHARS = 50_000;
/** A link this long holds a document of roughly ASYNC_PARSE_CHARS or more. */
const PREPARE_HASH_CHARS = 4000;
/** How long after a large start document's layout the layout worker warms up. */
const WARMUP_AFTER_MS = 2000;
/** A small document gets a preview only when the app has not loaded by then. */
const PREVIEW_AFTER_MS = 1200;

/** Resolves in a task of its own (after whatever the page has queued). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Evaluates the app's code (index.html has the browser fetch and compile it meanwhile): React
 * DOM, React Flow and then the app, each in a task of its own. Imported together, all three were
 * evaluated in one ~0.3 s task on a slow machine once they were preloaded.
 */
const loadApp = () =>
  import('react-dom/client')
    .then(nextTask)
    .then(() => import('@xyflow/react'))
    .then(nextTask)
    .then(() => import('./app/boot'));

// A link's document is parsed in the worker when it is large: the worker's code (~0.2 s to
// start in a cold page) loads while the link is unpacked, and the app's code is evaluated once
// the worker has the text. A small document is parsed on the main thread when the app has
// loaded (a few ms): waiting for a cold worker took longer.
const parser = createParseClient();
if (location.hash.length > PREPARE_HASH_CHARS) parser.prepare();

// A long link is unpacked in a task of its own: with the evaluation of this entry, unpacking a
// 2000-node link made one task of ~0.2-0.3 s on a slow machine.
const planned = location.hash.length > PREPARE_HASH_CHARS ? nextTask().then(readStartPlan) : readStartPlan();

void planned.then((plan) => {
  document.documentElement.dataset.theme = plan.theme;
  // The preview stands in for the canvas only where the canvas fills the window (no editor or
  // simulation panel beside it at start). Large documents (beyond ~150 nodes the canvas draws
  // an overview) get none, and the app does not wait for one.
  const previewable = plan.sim === undefined && plan.text.length <= LARGE_START_CHARS && (plan.embed || readStorage(EDITOR_KEY) !== 'open');
  const showPreview = ({ preview }: { readonly preview?: string }) => {
    if (preview === undefined) return;
    showStartPreview(preview, { theme: plan.theme, embed: plan.embed });
    markOnce('preview-shown');
  };
  markOnce('parse-started');
  if (plan.text.length < ASYNC_PARSE_CHARS) {
    const app = loadApp();
    // Small: the app parses it itself. Only if the app is slow to load (a slow network) does
    // the worker draw a preview meanwhile.
    let booted = false;
    const timer = previewable
      ? setTimeout(() => {
          if (!booted) void parser.withPreview(plan.text, { theme: plan.theme, direction: plan.dir }).then(showPreview);
        }, PREVIEW_AFTER_MS)
      : undefined;
    void app.then(({ boot }) => {
      booted = true;
      clearTimeout(timer);
      boot({ plan, client: layoutClient, parseAsync: parser.parse });
    });
    return;
  }
  // Larger: parsed in the worker while the app loads. Large graphs are laid out there too, right
  // after the parse (the page takes the parse in meanwhile), instead of by the layout worker
  // once the page has built the diagram.
  const { result: first, layout } = parser.withLayout(plan.text, plan.dir, previewable ? { theme: plan.theme, direction: plan.dir } : undefined);
  // Only now is the app's code evaluated (~0.3 s of the main thread): the worker has the text.
  // Evaluated first, it held up the unpacking of the link, and so the parse, as long.
  const app = loadApp();
  layoutClient?.adopt(layout);
  // The layout worker warms up for the edits to come once the start is done (not sooner: on two
  // cores it would compete with the page drawing the diagram).
  void layout.then(() => setTimeout(() => layoutClient?.warmup(), WARMUP_AFTER_MS));
  void first.then(showPreview);
  // The app is evaluated while the worker parses on the other core. The preview shows whenever
  // the parse comes back before the canvas has drawn (tests and the bench showed that holding
  // the app back for it delays the canvas itself by ~0.5 s).
  void app.then(({ boot }) =>
    boot({
      plan,
      client: layoutClient,
      parseAsync: parser.parse,
      firstParse: first.then(({ result }) => result),
      firstMeasured: first.then(({ result, measured }) => (result.graph && measured ? { graph: result.graph, diagram: measured } : undefined)),
    }),
  );
});
