/**
 * The app proper, loaded by main.tsx at once (while the start document is read): creates
 * the store and effects and renders the React tree.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ASYNC_PARSE_CHARS } from '@/store/parseClient';
import { AppStoreContext } from '@/store/useAppStore';
import { markOnce } from '@/lib/perfMark';
import { App } from './App';
import { startApp, type StartInput } from './startApp';

export function boot(input: StartInput): void {
  markOnce('app-loaded');
  const store = startApp(input);
  const root = document.getElementById('root');
  if (!root) return;
  const app = createRoot(root);
  // A small document is parsed and laid out by now: the first render draws everything in one
  // task. For a large one it runs as a transition (the shell, ~0.2-0.4 s on a slow machine):
  // React renders it in slices between which the page handles its messages (the parse and
  // layout results), instead of in one long task. Slicing costs ~0.1 s more in all.
  const render = () =>
    app.render(
      <StrictMode>
        <AppStoreContext.Provider value={store}>
          <App />
        </AppStoreContext.Provider>
      </StrictMode>,
    );
  if (input.plan.text.length < ASYNC_PARSE_CHARS) render();
  else startTransition(render);
}
