// Lazily loaded so the CLI starts fast: got is only imported when a face check is requested.
const INITIATE_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

export async function requestFaceCheck(member) {
  const { default: got } = await import('got');
  const started = await got
    .post(INITIATE_URL, {
      json: {
        enrollmentTransactionReference: member.enrollmentRef,
        userReference: member.memberNo,
        errorUrl: 'https://club.example.com/face-check/error',
      },
      username: process.env.JUMIO_KEY,
      password: process.env.JUMIO_SECRET,
      timeout: { request: 12000 },
    })
    .json();
  console.info('face check %s for member %s', started.transactionReference, member.memberNo);
  return started.redirectUrl;
}
