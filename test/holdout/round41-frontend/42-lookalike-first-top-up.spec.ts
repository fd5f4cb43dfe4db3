// e2e/first-top-up.spec.ts — a new member's first top-up (Playwright): the identity check comes first, then the money
// arrives by pay-by-bank. Each hosted page is stubbed with page.route and served empty from its own origin; the bank
// page's events are posted from inside its frame, so they reach the app with the origin its listener checks.
import { expect, test, type Frame, type Page } from '@playwright/test';

const KYX_ALLOW = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
const BANK_PAGE = 'https://pay.openbank.example/authorise';

async function frameOf(page: Page, title: string): Promise<Frame> {
  const handle = await page.locator(`iframe[title="${title}"]`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState('domcontentloaded');
  return frame!;
}

test('opens the Jumio web client from web.href with the permissions it needs', async ({ page }) => {
  await page.route('**/api/onboarding/identity', (route) =>
    route.fulfill({
      json: {
        web: { href: 'https://acme.web.amer-1.jumio.ai/web/v4/app?authorizationToken=pw-kyx-token&locale=en-GB' },
        workflowExecution: { id: 'pw-wfe-1' },
        account: { id: 'pw-acc-1' },
      },
    }),
  );
  await page.route('https://acme.web.amer-1.jumio.ai/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>web client (stub)</title>' }),
  );

  await page.goto('/top-up/first');
  await page.getByRole('button', { name: 'Verify my identity' }).click();

  const frame = page.locator('iframe[title="Identity verification"]');
  await expect(frame).toHaveAttribute('src', /^https:\/\/acme\.web\.amer-1\.jumio\.ai\/web\/v4\/app\?/);
  await expect(frame).toHaveAttribute('allow', KYX_ALLOW);
  await expect(frame).toHaveAttribute('allowfullscreen', '');
});

test('completes a pay-by-bank top-up when the bank page reports success', async ({ page }) => {
  await page.route('**/api/top-ups', (route) =>
    route.fulfill({ json: { paymentUrl: `${BANK_PAGE}?session=pw-ob-1`, transferId: 'TRF-20931' } }),
  );
  await page.route(`${BANK_PAGE}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bank (stub)</title>' }),
  );

  await page.goto('/top-up/first?step=bank');
  await page.getByLabel('Amount').fill('50');
  await page.getByRole('button', { name: 'Pay by bank' }).click();

  const bank = await frameOf(page, 'Pay by bank');
  await bank.evaluate(() => {
    window.parent.postMessage(JSON.stringify({ transactionReference: 'TRF-20931', payload: { value: 'success' } }), '*');
  });
  await expect(page.getByText('Top-up received')).toBeVisible();

  // The bank also sends the browser back to our return page; opening it again must not book the money twice.
  await page.goto('/top-up/bank/return?transactionStatus=SUCCESS&transactionReference=TRF-20931');
  await expect(page.getByTestId('transfer-reference')).toHaveText('TRF-20931');
  await expect(page.getByText('Top-up received')).toHaveCount(1);
});
