import { expect, type Locator, type Page } from '@playwright/test';
import { SEL, TID } from '../helpers/selectors';
import { osopLink } from '../helpers/links';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The app as a user sees it: canvas, toolbar, panels. */
export class WorkflowPage {
  readonly errors: string[] = [];
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console.error: ${m.text()}`);
    });
    // Leaving after an edit asks first (beforeunload). Playwright dismisses unhandled dialogs,
    // and a dismissed beforeunload cancels the navigation: accept those so that tests which
    // edit and then reload or navigate proceed. Other dialogs are left alone — and dismissed,
    // as Playwright would without a listener, unless the test listens for them itself.
    page.on('dialog', (d) => {
      if (d.type() === 'beforeunload') void d.accept().catch(() => undefined);
      else if ((page as unknown as { listenerCount(event: string): number }).listenerCount('dialog') === 1) void d.dismiss().catch(() => undefined);
    });
  }

  /** Opens the app fresh (no autosave) at `path`. */
  async open(path = './'): Promise<void> {
    await this.page.goto(path);
  }

  async openText(text: string, query = ''): Promise<void> {
    await this.open(osopLink(text, query));
  }

  get canvas(): Locator {
    return this.page.getByTestId(TID.canvas);
  }
  get nodes(): Locator {
    return this.page.locator(SEL.node);
  }
  get edges(): Locator {
    return this.page.locator(SEL.edge);
  }
  get edgeLabels(): Locator {
    return this.page.locator(SEL.edgeLabel);
  }
  node(id: string): Locator {
    return this.page.locator(SEL.nodeById(id));
  }
  get workflowName(): Locator {
    return this.page.getByTestId(TID.workflowName);
  }

  /** Waits until exactly `count` nodes are drawn and layout is done. */
  async waitForNodes(count: number): Promise<void> {
    await expect(this.nodes).toHaveCount(count);
    await expect(this.page.getByTestId(TID.layoutStatus)).toHaveCount(0);
  }

  async boxes(locator: Locator): Promise<Box[]> {
    return locator.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  }

  async openFile(name: string, content: string | Buffer, mimeType = 'text/yaml'): Promise<void> {
    await this.page.getByTestId(TID.fileInput).setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });
  }

  async paste(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
    await this.page.getByRole('menuitem', { name: /Paste YAML/ }).click();
    await this.page.getByTestId(TID.pasteText).fill(text);
    await this.page.getByTestId(TID.pasteDialog).getByRole('button', { name: 'Open' }).click();
  }
}

/** True when two boxes overlap by more than `tolerance` px in both directions. */
export function overlaps(a: Box, b: Box, tolerance = 0.5): boolean {
  return a.x + a.width - tolerance > b.x && b.x + b.width - tolerance > a.x && a.y + a.height - tolerance > b.y && b.y + b.height - tolerance > a.y;
}
