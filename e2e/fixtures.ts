import { test as base } from '@playwright/test';
import { WorkflowPage } from './pages/WorkflowPage';

/** `test` with a `wf` page object; every test also fails on uncaught page errors. */
export const test = base.extend<{ wf: WorkflowPage }>({
  wf: async ({ page }, use) => {
    const wf = new WorkflowPage(page);
    await use(wf);
    const uncaught = wf.errors.filter((e) => e.startsWith('pageerror'));
    if (uncaught.length > 0) throw new Error(`Uncaught errors in the page:\n${uncaught.join('\n')}`);
  },
});

export { expect } from '@playwright/test';
