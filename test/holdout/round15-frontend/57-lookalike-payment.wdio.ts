// WebdriverIO spec of the checkout: the card widget is stubbed, its result posted by hand.
import { browser, $, expect } from '@wdio/globals';

describe('checkout card step', () => {
  it('shows the receipt after the widget reports success', async () => {
    await browser.url('/checkout/card');
    await browser.execute(() => {
      window.postMessage(JSON.stringify({ transactionReference: 'pay-e2e-1', payload: { value: 'success' } }), '*');
    });
    await expect($('[data-test=receipt]')).toBeDisplayed();
  });
});
