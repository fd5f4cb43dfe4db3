import got from 'got';

// Older Jumio guide: authentication transactions go through the v4 initiate with the enrolment's reference.
const V4_INITIATE = 'https://netverify.com/api/v4/initiate';

export async function requestFaceMatch(enrollmentTransactionReference: string, userReference: string) {
  const body = await got
    .post(V4_INITIATE, {
      json: { enrollmentTransactionReference, userReference, callbackUrl: 'https://hr.example.com/jumio/auth' },
      username: process.env.JUMIO_TOKEN,
      password: process.env.JUMIO_SECRET,
      headers: { 'user-agent': 'Example HR/7.3' },
    })
    .json<{ redirectUrl: string; transactionReference: string; timestamp: string }>();
  return { url: body.redirectUrl, reference: body.transactionReference };
}
