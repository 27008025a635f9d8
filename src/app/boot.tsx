/**
 * The app proper, loaded by main.tsx once the first document's parse is under way: creates
 * the store and effects and renders the React tree.
 */
import { StrictMode } from 'react';
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
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}
