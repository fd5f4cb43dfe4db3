// e2e/face-login.spec.ts — returning customers sign in with a face check (Jumio Netverify Authentication), Playwright.
// The web client is stubbed with page.route: its page is served empty from its own origin, and each test posts the
// client's events from inside that frame, so they reach the app with the origin its listener checks.
import { expect, test, type Frame, type Page } from '@playwright/test';

const WEB_CLIENT = 'https://acme.netverify.com/web/v4/app';

async function openFaceCheck(page: Page): Promise<Frame> {
  // Our backend's start endpoint: it initiates the authentication and hands the page the web-client URL.
  await page.route('**/api/face-login/start', (route) =>
    route.fulfill({
      json: { redirectUrl: `${WEB_CLIENT}?authorizationToken=pw-token&locale=en-GB`, transactionReference: 'pw-tx-1' },
    }),
  );
  await page.route(`${WEB_CLIENT}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>web client (stub)</title>' }),
  );

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('dana@example.com');
  await page.getByRole('button', { name: 'Sign in with a face check' }).click();

  const handle = await page.locator('iframe[title="Face check"]').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState('domcontentloaded');
  return frame!;
}

test('signs the customer in when the face check succeeds', async ({ page }) => {
  const frame = await openFaceCheck(page);

  await frame.evaluate(() => {
    window.parent.postMessage(
      JSON.stringify({
        authorizationToken: 'pw-token',
        transactionReference: 'pw-tx-1',
        eventType: 510,
        dateTime: new Date().toISOString(),
        payload: { value: 'success' },
      }),
      '*',
    );
  });

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Welcome back, Dana' })).toBeVisible();
});

test('offers another attempt when the face check fails', async ({ page }) => {
  const frame = await openFaceCheck(page);

  await frame.evaluate(
    (event) => window.parent.postMessage(JSON.stringify(event), '*'),
    {
      authorizationToken: 'pw-token',
      transactionReference: 'pw-tx-1',
      eventType: 510,
      dateTime: '2024-11-18T16:02:44.000Z',
      payload: { value: 'error', metainfo: { code: 9821 } },
    },
  );

  await expect(page.getByRole('alert')).toContainText('We could not match your face');
  await expect(page.getByRole('button', { name: 'Try the face check again' })).toBeVisible();
});

test('explains the failure on the return page', async ({ page }) => {
  await page.goto('/sign-in/face/done?transactionStatus=ERROR&transactionReference=pw-tx-2&errorCode=9821');

  await expect(page.getByRole('heading', { name: 'Face check failed' })).toBeVisible();
  await expect(page.getByTestId('support-reference')).toHaveText('pw-tx-2');
});
