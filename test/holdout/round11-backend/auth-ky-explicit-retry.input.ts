// ky with its own retry option (the team set it for flaky networks) and a beforeRetry log hook (EU).
import ky from 'ky';

export async function startFaceLogin(userId: string, enrollmentReference: string) {
  const started = await ky
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
      headers: {
        Authorization: 'Basic ' + btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`),
        'User-Agent': 'Acme Travel/2.8',
      },
      retry: { limit: 2, methods: ['post'] },
      hooks: { beforeRetry: [({ retryCount }) => console.warn('jumio initiate retry', retryCount)] },
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return { url: started.redirectUrl, reference: started.transactionReference };
}
