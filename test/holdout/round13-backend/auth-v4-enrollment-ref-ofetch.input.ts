// The older guide's form: a v4 initiate (trailing slash) whose body carries enrollmentTransactionReference; ofetch (US).
import { ofetch } from 'ofetch';

export async function faceReauth(enrollment: string, userId: string) {
  const started = await ofetch<{ redirectUrl: string; transactionReference: string }>('https://netverify.com/api/v4/initiate/', {
    method: 'POST',
    body: {
      enrollmentTransactionReference: enrollment,
      userReference: userId,
      successUrl: 'https://portal.acme-gov.example/reauth/ok',
    },
    headers: {
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
      'User-Agent': 'Acme Gov Portal/1.0',
    },
  });
  return { url: started.redirectUrl, ref: started.transactionReference };
}
