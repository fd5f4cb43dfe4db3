import got from 'got';

// The instance's afterResponse hook may replace the response (and so what .json() resolves to) or retry with the
// legacy credentials: the instance is not proven harmless to a KYX call, which stays flagged as it was.
const jumio = got.extend({
  prefixUrl: 'https://netverify.com/api',
  username: process.env.JUMIO_TOKEN,
  password: process.env.JUMIO_SECRET,
  hooks: {
    afterResponse: [(response) => (response.statusCode === 202 ? got(response.url) : response)],
  },
});

export async function initiateFaceAuth(enrollmentReference: string) {
  const result = await jumio
    .post('authentication/v1/web/initiate', { json: { enrollmentTransactionReference: enrollmentReference } })
    .json<{ redirectUrl: string }>();
  return result.redirectUrl;
}
