// 3-D Secure challenge (ESM, global fetch): the card issuer's ACS exposes its own web initiate endpoint, with a
// request body that happens to use familiar field names.
import { saveResult } from './store.js';

const ACS_URL = 'https://acs.cardguard-secure.com/api/authentication/v1/web/initiate';

export async function startChallenge(payment) {
  const body = {
    userReference: payment.cardholderId,
    successUrl: `https://shop.acme-outdoor.com/checkout/${payment.id}/3ds-ok`,
    errorUrl: `https://shop.acme-outdoor.com/checkout/${payment.id}/3ds-failed`,
    tokenLifetimeInMinutes: 10,
  };
  const options = {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.ACS_MERCHANT_ID}:${process.env.ACS_MERCHANT_KEY}`).toString('base64')}`,
    },
    body: JSON.stringify(body),
  };
  const res = await fetch(ACS_URL, options);
  const data = await res.json();
  await saveResult(data.transactionReference, { payment: payment.id });
  return data.redirectUrl;
}
