import { expect, test } from '@playwright/test';

// The Jumio web client is stubbed: the test posts its events itself.
test('success', async ({ page }) => {
  await page.goto('/kyc');
  await page.evaluate((ref) => {
    const transactionReference = ref;
    window.postMessage(JSON.stringify({ workflowExecutionId: transactionReference, eventType: 510, payload: { value: 'success' } }), '*');
  }, 'tx-1');
  await expect(page.getByText('Thanks')).toBeVisible();
});

test('error', async ({ page }) => {
  const event = { 'workflowExecutionId': 'tx-2', dateTime: '2021-01-01T00:00:00.000Z', eventType: 510, payload: { value: 'error', metainfo: { code: 9200 } } };
  await page.evaluate((e) => window.postMessage(JSON.stringify(e), '*'), event);
});

test('loaded, posted as an object', async ({ page }) => {
  await page.evaluate(() => window.postMessage({ workflowExecutionId: 'tx-3', payload: { value: 'loaded' } }, '*'));
});
