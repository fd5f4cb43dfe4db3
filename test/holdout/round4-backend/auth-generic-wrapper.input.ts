const NETVERIFY_BASE = 'https://netverify.com';

interface InitiateAuthenticationResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
      'User-Agent': 'Garnet Service/1.0',
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${url} failed with ${res.status}`);
  return (await res.json()) as T;
}

export async function startFaceAuthentication(enrollmentReference: string, userId: string) {
  const response = await postJson<InitiateAuthenticationResponse>(`${NETVERIFY_BASE}/api/authentication/v1/web/initiate`, {
    enrollmentTransactionReference: enrollmentReference,
    userReference: userId,
  });
  return { url: response.redirectUrl, ref: response.transactionReference };
}
