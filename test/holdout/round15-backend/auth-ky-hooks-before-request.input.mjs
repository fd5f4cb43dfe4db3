// ky (SG): the Basic header is added by a beforeRequest hook of the call.
import ky from 'ky';

const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function startFaceLogin(enrollment, userId) {
  const session = await ky
    .post('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollment, userReference: userId },
      hooks: {
        beforeRequest: [(request) => { request.headers.set('Authorization', `Basic ${basic}`); }],
      },
    })
    .json();
  return { link: session.redirectUrl, reference: session.transactionReference };
}
