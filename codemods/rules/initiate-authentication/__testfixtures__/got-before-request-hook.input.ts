import got from 'got';

export async function beginFaceAuth(enrollmentRef: string): Promise<string> {
  const body = await got
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollmentRef },
      hooks: {
        beforeRequest: [
          (options: { headers: Record<string, string> }) => {
            options.headers.authorization = `Basic ${Buffer.from(`${process.env.NV_TOKEN}:${process.env.NV_SECRET}`).toString('base64')}`;
          },
        ],
      },
    })
    .json<{ redirectUrl: string }>();
  return body.redirectUrl;
}
