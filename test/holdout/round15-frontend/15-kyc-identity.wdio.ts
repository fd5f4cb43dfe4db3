// WebdriverIO spec of the identity step: the Jumio client is stubbed, its final event posted by hand.
import { browser, $, expect } from '@wdio/globals';

describe('identity step (Jumio)', () => {
  it('shows the confirmation after the client reports success', async () => {
    await browser.url('/onboarding/identity');
    await browser.execute(() => {
      window.postMessage(JSON.stringify({
        transactionReference: 'e2e-ref-0001',
        eventType: 510,
        dateTime: new Date().toISOString(),
        payload: { value: 'success' },
      }), '*');
    });
    await expect($('[data-test=kyc-done]')).toBeDisplayed();
  });
});
