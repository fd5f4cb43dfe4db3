// Deno Deploy service (TypeScript, Deno.serve): the support console asks for the outcome of a face login by its
// reference. Routes are matched with URLPattern, and the Singapore data centre is asked with the global fetch; the
// credentials come from the project's environment variables.
const JUMIO_SG = 'https://core-sgp.jumio.com';
const JUMIO_USER = Deno.env.get('JUMIO_API_TOKEN');
const JUMIO_PASSWORD = Deno.env.get('JUMIO_API_SECRET');

const RESULT_ROUTE = new URLPattern({ pathname: '/face-logins/:reference/result' });

interface FaceLoginOutcome {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

async function lookUpOutcome(reference: string): Promise<Response> {
  const res = await fetch(`${JUMIO_SG}/api/netverify/v2/authentications/${reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: `Basic ${btoa(`${JUMIO_USER}:${JUMIO_PASSWORD}`)}`,
      'User-Agent': 'Lionsgate Support/2.0 (deno)',
    },
  });
  if (res.status === 404) {
    return Response.json({ error: 'unknown reference' }, { status: 404 });
  }
  if (!res.ok) {
    return Response.json({ error: `provider answered ${res.status}` }, { status: 502 });
  }
  const outcome = (await res.json()) as FaceLoginOutcome;
  return Response.json({
    reference: outcome.transactionReference,
    member: outcome.userReference ?? null,
    passed: outcome.transactionResult === 'PASSED',
    finished: outcome.transactionResult !== 'CREATED' && outcome.transactionResult !== 'STARTED',
  });
}

Deno.serve({ port: 8000 }, async (req) => {
  const match = RESULT_ROUTE.exec(req.url);
  if (req.method !== 'GET' || !match) {
    return new Response('not found', { status: 404 });
  }
  const reference = match.pathname.groups.reference;
  if (!reference) {
    return new Response('reference required', { status: 400 });
  }
  return await lookUpOutcome(reference);
});
