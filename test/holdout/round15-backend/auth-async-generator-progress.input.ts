// An async generator (SG) that reports progress to a CLI/SSE consumer while it starts the face login.
import got from 'got';

export type Progress = { step: 'starting' } | { step: 'started'; url: string; reference: string };

export async function* startFaceLogin(enrollment: string, userId: string): AsyncGenerator<Progress> {
  yield { step: 'starting' };
  const started = await got
    .post('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollment, userReference: userId },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  yield { step: 'started', url: started.redirectUrl, reference: started.transactionReference };
}
