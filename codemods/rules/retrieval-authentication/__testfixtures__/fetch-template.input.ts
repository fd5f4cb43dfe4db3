// Authentication result lookup (legacy Netverify retrieval API).
const JUMIO_HOST = 'https://lon.netverify.com';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export async function fetchAuthenticationResult(reference: string): Promise<{ passed: boolean; user?: string; ref: string }> {
  const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
  const res = await fetch(`${JUMIO_HOST}/api/netverify/v2/authentications/${reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: `Basic ${credentials}`,
      'User-Agent': 'Acme Shop/1.4',
    },
  });
  if (!res.ok) throw new Error(`retrieval failed: ${res.status}`);
  const details = (await res.json()) as AuthenticationDetails;
  return {
    passed: details.transactionResult === 'PASSED',
    user: details.userReference,
    ref: details.transactionReference,
  };
}
