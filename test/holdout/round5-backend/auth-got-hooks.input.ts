import got from 'got';

const JUMIO_AUTH_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export interface FaceAuthStart {
  redirectUrl: string;
  transactionReference: string;
}

export async function beginFaceAuth(enrollmentRef: string, userRef: string): Promise<FaceAuthStart> {
  const body = await got
    .post(JUMIO_AUTH_URL, {
      json: { enrollmentTransactionReference: enrollmentRef, userReference: userRef, tokenLifetimeInMinutes: 60 },
      headers: { 'User-Agent': 'Northwind Insurance/5.0' },
      hooks: {
        beforeRequest: [
          (options) => {
            // credentials rotate: read them on every request
            const pair = `${process.env.NV_TOKEN}:${process.env.NV_SECRET}`;
            options.headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
          },
        ],
      },
      retry: { limit: 2 },
    })
    .json<FaceAuthStart>();
  return { redirectUrl: body.redirectUrl, transactionReference: body.transactionReference };
}
