// Polling with node:timers/promises' async-iterable setInterval until the authentication is final (US).
import { setInterval } from 'node:timers/promises';

const AUTH = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function waitForFaceLogin(reference, { tries = 20 } = {}) {
  let n = 0;
  for await (const _ of setInterval(3000)) {
    const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Authorization: AUTH, Accept: 'application/json', 'User-Agent': 'Acme Games/3.3' },
    });
    const details = await res.json();
    if (details.transactionResult !== 'STARTED' && details.transactionResult !== 'CREATED') return details.transactionResult;
    if (++n >= tries) return 'TIMEOUT';
  }
}
