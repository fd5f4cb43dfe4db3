// Data-centre hosts kept in a namespace (written before the team moved to ES modules everywhere).
import fetch from 'node-fetch';

namespace Netverify {
  export const HOST_EU = 'https://lon.netverify.com';
  export const AUTH_INITIATE = '/api/authentication/v1/web/initiate';
}

const basic = Buffer.from(`${process.env.NV_API_TOKEN}:${process.env.NV_API_SECRET}`).toString('base64');

export async function startStepUp(accountId: string, enrollment: string): Promise<{ link: string; txRef: string }> {
  const res = await fetch(Netverify.HOST_EU + Netverify.AUTH_INITIATE, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${basic}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'User-Agent': 'Northwind Payments StepUp/1.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: enrollment,
      userReference: accountId,
      callbackUrl: 'https://api.northwind.example/hooks/jumio-auth',
    }),
  });
  if (!res.ok) {
    throw new Error(`step-up initiate failed with ${res.status}`);
  }
  const json = await res.json();
  return { link: json.redirectUrl, txRef: json.transactionReference };
}
