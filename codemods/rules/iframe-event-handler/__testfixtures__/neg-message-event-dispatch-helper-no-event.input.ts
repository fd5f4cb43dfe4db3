// A Playwright page object dispatching messages from the legacy web client's origin, but none of its objects is a
// Jumio event of the legacy shape (this one posts the KYX shape already): nothing is renamed, so the dispatch's
// origin is not this rule's to change (legacy-endpoint reports the host).
import type { Page } from '@playwright/test';

export class FaceCheckPage {
  constructor(private readonly page: Page, readonly reference = 'e2e-1') {}

  async emit(event: Record<string, unknown>) {
    await this.page.evaluate((data) => {
      window.dispatchEvent(new MessageEvent('message', { origin: 'https://acme.netverify.com', data }));
    }, JSON.stringify(event));
  }

  async captureSucceeds() {
    await this.emit({ workflowExecutionId: this.reference, eventType: 510, payload: { value: 'success' } });
  }
}
