// A Nuxt server util: ofetch with the legacy host as the call's own baseURL option and the path as the URL.
import { ofetch } from 'ofetch';

interface StartResponse {
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(enrollmentReference: string, userId: string) {
  const started = await ofetch<StartResponse>('/api/authentication/v1/web/initiate', {
    baseURL: 'https://core-sgp.jumio.com',
    method: 'POST',
    body: {
      enrollmentTransactionReference: enrollmentReference,
      userReference: userId,
      successUrl: 'https://app.example.sg/face/ok',
      tokenLifetimeInMinutes: 15,
    },
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}`, Accept: 'application/json' },
  });
  return { url: started.redirectUrl, reference: started.transactionReference };
}
