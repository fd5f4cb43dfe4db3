// Page object for the affordability check of the loan application (e2e, Playwright).
// The e2e build runs against our staging backend but never reaches Openwell: the consent endpoint is stubbed, and
// Openwell's events are dispatched at the window from its origin, as its bank-connection page posts them.
import { expect, type Page } from '@playwright/test';

type FrameEvent = Record<string, unknown>;

export class AffordabilityCheckPage {
  constructor(
    private readonly page: Page,
    readonly reference = `e2e-ow-${Date.now().toString(36)}`,
  ) {}

  async open() {
    await this.page.route('**/api/loan/affordability/consents', (route) =>
      route.fulfill({ json: { redirectUrl: 'about:blank', transactionReference: this.reference } }),
    );
    await this.page.goto('/loan/apply/affordability');
    await this.page.getByRole('button', { name: 'Connect your bank' }).click();
    await expect(this.page.getByTitle('Connect your bank')).toBeAttached();
  }

  /** Dispatches what Openwell would post (the app drops messages from any other origin). */
  async emit(event: FrameEvent) {
    await this.page.evaluate((data) => {
      window.dispatchEvent(new MessageEvent('message', { origin: 'https://connect.openwell.example', data }));
    }, JSON.stringify(event));
  }

  async bankListLoaded() {
    await this.emit({
      authorizationToken: 'e2e-ow-token',
      transactionReference: this.reference,
      eventType: 510,
      dateTime: new Date().toISOString(),
      payload: { value: 'loaded' },
    });
  }

  async statementsShared() {
    await this.emit({
      authorizationToken: 'e2e-ow-token',
      transactionReference: this.reference,
      eventType: 510,
      dateTime: new Date().toISOString(),
      payload: { value: 'success' },
    });
  }

  async bankFails(code: number) {
    await this.emit({
      authorizationToken: 'e2e-ow-token',
      transactionReference: this.reference,
      eventType: 510,
      dateTime: new Date().toISOString(),
      payload: { value: 'error', metainfo: { code } },
    });
  }

  /** Openwell's redirect to our return URL, as it appends the outcome. */
  async returnWithSuccess() {
    await this.page.goto(`/loan/affordability/return?transactionStatus=SUCCESS&transactionReference=${this.reference}`);
  }

  async returnWithError(code: number) {
    await this.page.goto(`/loan/affordability/return?transactionStatus=ERROR&transactionReference=${this.reference}&errorCode=${code}`);
  }

  async expectConnected() {
    await expect(this.page.getByRole('heading', { name: 'Bank statements received' })).toBeVisible();
    await expect(this.page.getByTestId('affordability-reference')).toHaveText(this.reference);
  }
}
