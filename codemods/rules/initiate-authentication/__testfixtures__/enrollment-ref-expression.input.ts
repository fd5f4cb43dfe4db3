import axios from 'axios';

const BASE_URL = process.env.PUBLIC_URL;

interface Req {
  body: { references: string[] };
}

// The enrollment reference is an expression (evaluated once, before the request), or a literal in a demo route.
export async function startForUser(req: Req) {
  const { data } = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: req.body.references[0], successUrl: `${BASE_URL}/kyc/success`, errorUrl: `${BASE_URL}/kyc/error` },
    { auth: { username: 'token', password: 'secret' } },
  );
  return { iframeUrl: data.redirectUrl as string };
}

export async function startDemo() {
  const { data } = await axios.post(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: 'e-1', callbackUrl: 'https://example.com/jumio/callback' },
    { auth: { username: 'token', password: 'secret' } },
  );
  return { iframeUrl: data.redirectUrl as string };
}
