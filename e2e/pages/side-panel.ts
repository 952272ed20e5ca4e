import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { SCREENS_DIR } from '../support/paths';

/**
 * The workspace UI. The real side panel cannot be opened without a user gesture and is not a
 * Playwright page, so tests open the same document, sidepanel.html, as a tab.
 */
export class SidePanelPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<SidePanelPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 760 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new SidePanelPage(page);
  }

  caseCards(): Locator {
    return this.page.getByTestId('case-card');
  }

  caseCard(site: string): Locator {
    return this.caseCards().filter({ hasText: site });
  }

  transcript(): Locator {
    return this.page.getByTestId('transcript');
  }

  async openCase(site: string): Promise<void> {
    await this.caseCard(site).click();
    await this.transcript().waitFor();
  }

  /** Saves a PNG under test-results/screens/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    await mkdir(SCREENS_DIR, { recursive: true });
    const file = path.join(SCREENS_DIR, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }
}
