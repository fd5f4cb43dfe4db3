// Page object for the face check step of the loan application (e2e, Playwright).
// The e2e build runs against our staging backend but never reaches Jumio: the session endpoint is stubbed, and the
// web client's events are dispatched at the window from the Netverify web client's origin, as the client posts them.
import { expect, type Page } from '@playwright/test';

type FrameEvent = Record<string, unknown>;

export class FaceCheckPage {
  constructor(
    private readonly page: Page,
    readonly reference = `e2e-${Date.now().toString(36)}`,
  ) {}

  async open() {
    await this.page.route('**/api/loan/face-check/sessions', (route) =>
      route.fulfill({ json: { redirectUrl: 'about:blank', transactionReference: this.reference } }),
    );
    await this.page.goto('/loan/apply/face-check');
    await this.page.getByRole('button', { name: 'Start face check' }).click();
    await expect(this.page.getByTitle('Face check')).toBeAttached();
  }

  /** Dispatches what the web client would post (the app drops messages from any other origin). */
  async emit(event: FrameEvent) {
    await this.page.evaluate((data) => {
      window.dispatchEvent(new MessageEvent('message', { origin: 'https://halden.netverify.com', data }));
    }, JSON.stringify(event));
  }

  async clientLoaded() {
    await this.emit({
      authorizationToken: 'e2e-token',
      transactionReference: this.reference,
      eventType: 510,
      dateTime: new Date().toISOString(),
      payload: { value: 'loaded' },
    });
  }

  async captureSucceeds() {
    await this.emit({
      authorizationToken: 'e2e-token',
      transactionReference: this.reference,
      eventType: 510,
      dateTime: new Date().toISOString(),
      payload: { value: 'success' },
    });
  }

  async captureFails(code: number) {
    await this.emit({
      authorizationToken: 'e2e-token',
      transactionReference: this.reference,
      eventType: 510,
      dateTime: new Date().toISOString(),
      payload: { value: 'error', metainfo: { code } },
    });
  }

  /** The web client's redirect to our success and error URL, as it appends the outcome. */
  async returnWithSuccess() {
    await this.page.goto(`/loan/face-check/return?transactionStatus=SUCCESS&transactionReference=${this.reference}`);
  }

  async returnWithError(code: number) {
    await this.page.goto(`/loan/face-check/return?transactionStatus=ERROR&transactionReference=${this.reference}&errorCode=${code}`);
  }

  async expectVerified() {
    await expect(this.page.getByRole('heading', { name: 'Identity verified' })).toBeVisible();
    await expect(this.page.getByTestId('face-check-reference')).toHaveText(this.reference);
  }

  async expectFailed(message: string | RegExp) {
    await expect(this.page.getByRole('heading', { name: 'We could not verify your identity' })).toBeVisible();
    await expect(this.page.getByRole('alert')).toHaveText(message);
  }
}
