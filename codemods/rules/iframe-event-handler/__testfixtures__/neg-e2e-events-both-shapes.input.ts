import { expect, test } from '@playwright/test';

// After the move to KYX: the Jumio handler must ignore events in the legacy shape and accept the KYX one.
test('ignores a legacy-shaped event', async ({ page }) => {
  await page.goto('/kyc');
  await page.evaluate(() => window.postMessage(JSON.stringify({ transactionReference: 'old', eventType: 510, payload: { value: 'success' } }), '*'));
  await expect(page.getByText('Thanks')).toBeHidden();
});

test('accepts the KYX event', async ({ page }) => {
  await page.evaluate(() => window.postMessage(JSON.stringify({ workflowExecutionId: 'new', eventType: 510, payload: { value: 'success' } }), '*'));
  await expect(page.getByText('Thanks')).toBeVisible();
});
