import { Elysia } from 'elysia';

const RETRIEVAL = {
  eu: 'https://lon.netverify.com/api/netverify/v2/authentications',
} as const;

const basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

interface AuthenticationResult {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
}

export const faceStatus = new Elysia().get('/face/:reference/status', async ({ params }) => {
  const res = await fetch(`${RETRIEVAL.eu}/${params.reference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${basic}`, 'User-Agent': 'Larch/2.0' },
  });
  if (res.status === 404) return { state: 'unknown' };
  const result = (await res.json()) as AuthenticationResult;
  return { reference: result.transactionReference, user: result.userReference, passed: result.transactionResult === 'PASSED' };
});
