// Playwright page object of the Jumio face check: the events are built in one method and dispatched by another,
// inside page.evaluate, from the web client's origin. Once the events are renamed, the dispatch comes from the KYX
// web client's origin too (else the migrated handler would turn them away).
import type { Page } from '@playwright/test';

export class FaceCheckPage {
  constructor(private readonly page: Page, readonly reference = 'e2e-1') {}

  async emit(event: Record<string, unknown>) {
    await this.page.evaluate((data) => {
      window.dispatchEvent(new MessageEvent('message', { origin: 'https://acme.web.amer-1.jumio.ai', data }));
    }, JSON.stringify(event));
  }

  async captureSucceeds() {
    await this.emit({ workflowExecutionId: this.reference, eventType: 510, payload: { value: 'success' } });
  }
}
