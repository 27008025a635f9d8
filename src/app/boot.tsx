/**
 * The app proper, loaded by main.tsx once the first document's parse is under way: creates
 * the store and effects and renders the React tree.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
  // The first render (the whole shell, ~0.2-0.4 s on a slow machine) as a transition: React
  // renders it in slices between which the page handles its messages (the parse and layout
  // results), instead of in one long task.
  startTransition(() =>
    app.render(
      <StrictMode>
        <AppStoreContext.Provider value={store}>
          <App />
        </AppStoreContext.Provider>
      </StrictMode>,
    ),
  );
}
