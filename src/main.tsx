/**
 * Entry: small on purpose. It reads what to open, starts parsing it in a worker and starts the
 * layout worker, and only then loads the app (React, the canvas, …): parsing runs on the other
 * core while the app's code is compiled and evaluated.
 */
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/jetbrains-mono/400.css';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import { layoutClient } from './app/layoutClientInstance';
import { readStartPlan } from './app/startPlan';
import { markOnce } from './lib/perfMark';
import { createParseClient } from './store/parseClient';

const plan = readStartPlan();
const parseAsync = createParseClient();
const firstParse = parseAsync(plan.text);
markOnce('parse-started');
void import('./app/boot').then(({ boot }) => boot({ plan, client: layoutClient, parseAsync, firstParse }));
