// e2e/identity-flow.spec.ts — Playwright.
import { expect, test } from '@playwright/test';

const LANDING = '/kyc/landing';

test.beforeEach(async ({ page }) => {
  await page.route('**/api/kyc/start', (route) =>
    route.fulfill({ json: { redirectUrl: 'https://acme.netverify.com/web/v4/app?authorizationToken=pw-token' } }),
  );
  await page.route('https://acme.netverify.com/**', (route) => route.fulfill({ body: '<html><body>client</body></html>' }));
});

test('success event finishes the step', async ({ page }) => {
  await page.goto('/kyc');
  await page.evaluate(() => {
    window.postMessage(JSON.stringify({ transactionReference: 'pw-1', eventType: 510, payload: { value: 'success' } }), '*');
  });
  await expect(page.getByText('Thanks, we are reviewing your identity')).toBeVisible();
});

test('landing page shows the reference', async ({ page }) => {
  const query = new URLSearchParams({ transactionStatus: 'SUCCESS', transactionReference: 'pw-1' });
  await page.goto(`${LANDING}?${query}`);
  await expect(page.getByTestId('kyc-reference')).toHaveText('pw-1');
});
