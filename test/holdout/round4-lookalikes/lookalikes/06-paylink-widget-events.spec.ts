import { expect, test } from '@playwright/test';

// The PayLink hosted widget is stubbed: it reports the outcome with postMessage, like the real one
// (docs: "the widget posts { transactionReference, payload: { value } } to the parent window").
test('the order is confirmed when the widget reports success', async ({ page }) => {
  await page.goto('/orders/1042/pay');
  await page.evaluate(() => {
    window.postMessage(JSON.stringify({ transactionReference: 'PL-7781', payload: { value: 'success' } }), '*');
  });
  await expect(page.getByText('Order 1042 confirmed')).toBeVisible();
});

test('the widget error is shown', async ({ page }) => {
  await page.goto('/orders/1043/pay');
  await page.evaluate(() => window.postMessage({ transactionReference: 'PL-7782', payload: { value: 'error' } }, '*'));
  await expect(page.getByRole('alert')).toHaveText('The card was declined');
});
