// e2e/video-ident.spec.ts — the IDnow video identification step, with IDnow's frame stubbed (Playwright).
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.route('https://go.idnow.de/**', (route) => route.fulfill({ body: '<html><body>ident</body></html>' }));
});

test('finishes the step when the ident frame reports success', async ({ page }) => {
  await page.goto('/onboarding/video-ident');
  await page.evaluate(() => {
    window.postMessage(JSON.stringify({ transactionReference: 'TST-KXQ9P', payload: { value: 'success' } }), '*');
  });
  await expect(page.getByText('Identification complete')).toBeVisible();
});

test('shows the result page the ident page returns to', async ({ page }) => {
  const query = new URLSearchParams({ transactionStatus: 'SUCCESS', transactionReference: 'TST-KXQ9P' });
  await page.goto(`/onboarding/video-ident/done?${query}`);
  await expect(page.getByTestId('ident-reference')).toHaveText('TST-KXQ9P');
});
