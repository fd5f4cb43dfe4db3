// All Jumio calls of the support back office go through one generic helper (global fetch, EU data centre): the face
// login start and its result lookup.
const JUMIO_BASE = 'https://lon.netverify.com';

async function jumioRequest<T>(path: string, body?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${JUMIO_BASE}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
      'User-Agent': 'Acme Back Office/1.7',
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`Jumio ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export async function startAgentFaceLogin(agentId: string, enrollmentRef: string): Promise<string> {
  const started = await jumioRequest<{ redirectUrl: string; transactionReference: string }>(
    '/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentRef, userReference: agentId, tokenLifetimeInMinutes: 5 },
  );
  return started.redirectUrl;
}

export async function agentFaceLoginPassed(reference: string): Promise<boolean> {
  const details = await jumioRequest<{ transactionResult: string }>(`/api/netverify/v2/authentications/${reference}`);
  return details.transactionResult === 'PASSED';
}
