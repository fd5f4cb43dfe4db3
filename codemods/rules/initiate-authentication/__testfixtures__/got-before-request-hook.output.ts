import got from 'got';

export async function beginFaceAuth(enrollmentRef: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: a beforeRequest hook of this call (line 8) may set the Authorization header: it runs after the call's own options and would replace the KYX Bearer token with the legacy credentials; make it leave KYX calls alone, then migrate the call as in MIGRATION.md
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
