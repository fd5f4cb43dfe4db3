import got from 'got';

function withJumioCredentials(options: { username?: string; password?: string }) {
  options.username = process.env.JUMIO_API_TOKEN;
  options.password = process.env.JUMIO_API_SECRET;
}

export async function startAuthentication(enrollmentTransactionReference: string) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: a beforeRequest hook of this call (line 11) may set the Authorization header: it runs after the call's own options and would replace the KYX Bearer token with the legacy credentials; make it leave KYX calls alone, then migrate the call as in MIGRATION.md
  const body = await got
    .post('https://netverify.com/api/authentication/v1/web/initiate', {
      hooks: { beforeRequest: [withJumioCredentials] },
      json: { enrollmentTransactionReference },
    })
    .json<{ redirectUrl: string }>();
  return body.redirectUrl;
}
