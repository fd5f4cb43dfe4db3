import got from 'got';

// Logs every call to the provider (no secrets: the URL only).
const logRequest = (options: { url?: URL }) => {
  console.debug('jumio →', options.url?.toString());
};

export async function startAuthentication(enrollmentTransactionReference: string) {
  const body = await got
    .post('https://netverify.com/api/authentication/v1/web/initiate', {
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      hooks: { beforeRequest: [logRequest] },
      json: { enrollmentTransactionReference, successUrl: 'https://app.example/ok' },
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return { url: body.redirectUrl, ref: body.transactionReference };
}
