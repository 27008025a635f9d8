import { expect, type Locator, type Page } from '@playwright/test';
import { TID } from '../helpers/selectors';

/** Simulate mode as a user drives it: toolbar toggle, run controls, values, log, scenarios. */
export class SimPanel {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Simulation' });
  }
  get toggle(): Locator {
    return this.page.getByRole('button', { name: 'Simulate', exact: true });
  }
  button(name: 'Step' | 'Step back' | 'Run to end' | 'Reset' | 'Pause' | 'Continue' | 'Export run' | 'Replay log…' | 'Save scenario'): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }
  get status(): Locator {
    return this.page.getByTestId(TID.simStatus);
  }
  get prompt(): Locator {
    return this.page.getByTestId(TID.simPrompt);
  }
  get warnings(): Locator {
    return this.page.getByTestId(TID.simWarnings);
  }
  get log(): Locator {
    return this.page.getByTestId(TID.simLog).getByRole('listitem');
  }
  value(name: string): Locator {
    return this.page.getByTestId(TID.simValues).getByLabel(name, { exact: true });
  }
  nodeState(id: string): Locator {
    return this.page.locator(`[data-node-id="${id}"]`);
  }
  edge(from: string, to: string): Locator {
    return this.page.locator(`g[data-edge-from="${from}"][data-edge-to="${to}"]`);
  }

  /** Enters Simulate and waits until the run is ready. */
  async open(): Promise<void> {
    await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(this.button('Run to end')).toBeEnabled();
  }

  async setSpeed(speed: 'Instant' | 'Fast' | 'Normal' | 'Slow'): Promise<void> {
    await this.region.getByLabel('Speed').selectOption(speed);
  }

  /** Runs to the end without animation and waits until the run stopped. */
  async runToEnd(): Promise<void> {
    await this.setSpeed('Instant');
    await this.button('Run to end').click();
    await expect(this.status).toHaveAttribute('data-status', /completed|failed|paused/);
  }

  /** Expects every listed node to show the given `data-sim-state`. */
  async expectStates(states: Readonly<Record<string, string>>): Promise<void> {
    for (const [id, state] of Object.entries(states)) await expect(this.nodeState(id), id).toHaveAttribute('data-sim-state', state);
  }

  async logTexts(): Promise<string[]> {
    return (await this.log.allInnerTexts()).map((t) => t.replace(/^\d+\s*/, '').replace(/\s+/g, ' ').trim());
  }
}
