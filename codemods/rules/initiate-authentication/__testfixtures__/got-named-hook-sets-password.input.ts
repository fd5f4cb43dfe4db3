import got from 'got';

function withJumioCredentials(options: { username?: string; password?: string }) {
  options.username = process.env.JUMIO_API_TOKEN;
  options.password = process.env.JUMIO_API_SECRET;
}

export async function startAuthentication(enrollmentTransactionReference: string) {
  const body = await got
    .post('https://netverify.com/api/authentication/v1/web/initiate', {
      hooks: { beforeRequest: [withJumioCredentials] },
      json: { enrollmentTransactionReference },
    })
    .json<{ redirectUrl: string }>();
  return body.redirectUrl;
}
