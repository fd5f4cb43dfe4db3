import Wreck from '@hapi/wreck';

// One Wreck client for every Jumio call of the service: base URL, Basic credentials and JSON parsing set once.
const jumio = Wreck.defaults({
  baseUrl: 'https://lon.netverify.com',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
    'User-Agent': 'Northwind Identity/3.1',
  },
  json: true,
  timeout: 10_000,
});

interface InitiateResponse {
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceAuth(enrollmentTransactionReference: string, userId: string): Promise<{ url: string; ref: string }> {
  const { payload } = await jumio.post<InitiateResponse>('/api/authentication/v1/web/initiate', {
    payload: { enrollmentTransactionReference, userReference: userId, callbackUrl: 'https://id.northwind.example/jumio/callback' },
  });
  return { url: payload.redirectUrl, ref: payload.transactionReference };
}

export async function jumioStatus(): Promise<number> {
  const { res } = await jumio.get('/api/netverify/v2/status');
  return res.statusCode ?? 0;
}
