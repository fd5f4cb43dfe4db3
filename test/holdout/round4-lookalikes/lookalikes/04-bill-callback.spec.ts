import { expect, test } from '@playwright/test';

// The biller aggregator redirects to /bills/callback once the bill is settled; we open that page ourselves.
const biller = (status: 'SUCCESS' | 'ERROR', transactionReference: string) =>
  `/bills/callback?${new URLSearchParams({ transactionStatus: status, transactionReference })}`;

test('shows the settled electricity bill', async ({ page }) => {
  await page.goto(biller('SUCCESS', 'BP-2024-000187'));
  await expect(page.getByRole('heading', { name: 'Bill settled' })).toBeVisible();
});

test('offers a retry when the biller reports an error', async ({ page }) => {
  const query = new URLSearchParams({ transactionStatus: 'ERROR', transactionReference: 'BP-2024-000188' });
  await page.goto(`/bills/callback?${query}`);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});
