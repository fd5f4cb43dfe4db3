// Re-verification of a dormant account before a large withdrawal (TypeScript service, the global fetch). Jumio gets
// 8 s to answer; the response type is the shared one of identity-types.ts. SG data centre, ID only.
import type { V4InitiateResponse } from './identity-types.js';
import { saveKycCase } from './store.js';

const JUMIO_V4 = 'https://core-sgp.jumio.com/api/v4/initiate';

function deadline(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`Jumio did not answer within ${ms} ms`)), ms));
}

export async function reverifyDormantAccount(accountNo: string, holderId: string): Promise<{ link: string; scanRef: string }> {
  const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
  const res = await Promise.race([
    fetch(JUMIO_V4, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${basic}`,
        'User-Agent': 'Acme Wealth SG/5.3',
      },
      body: JSON.stringify({
        customerInternalReference: `reverify-${accountNo}`,
        userReference: holderId,
        workflowId: 102,
        locale: 'en',
        tokenLifetimeInMinutes: 4320,
      }),
    }),
    deadline(8000),
  ]);
  if (!res.ok) throw new Error(`Jumio v4 initiate failed: ${res.status}`);
  const started = (await res.json()) as V4InitiateResponse;
  const { redirectUrl: link = '', transactionReference: scanRef } = started;
  await saveKycCase(accountNo, scanRef);
  return { link, scanRef };
}
