// node-fetch v3 (.mts, EU) with AbortSignal.timeout; the reference percent-encoded; the details destructured under
// their legacy names.
import fetch from 'node-fetch';

interface Details {
  transactionReference: string;
  userReference?: string;
}

export async function whoAuthenticated(reference: string) {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${encodeURIComponent(reference)}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}` },
    signal: AbortSignal.timeout(5000),
  });
  const { transactionReference, userReference } = (await res.json()) as Details;
  return { transactionReference, userReference };
}
