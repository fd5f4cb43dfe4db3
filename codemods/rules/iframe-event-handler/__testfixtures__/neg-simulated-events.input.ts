import { test } from '@playwright/test';

// A 3-D Secure challenge mock: type and status are no Jumio keys.
test('3ds', async ({ page }) => {
  await page.evaluate(() => window.postMessage(JSON.stringify({ type: 'threeds', status: 'Y', transactionReference: 'PAY-1', payload: { value: 'success' } }), '*'));
});

// A payload value Jumio never sends.
test('checkout', async ({ page }) => {
  await page.evaluate(() => window.postMessage(JSON.stringify({ transactionReference: 'PAY-2', eventType: 510, payload: { value: 'paid' } }), '*'));
});
