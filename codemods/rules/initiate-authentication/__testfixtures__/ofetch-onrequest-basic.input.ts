import { ofetch } from 'ofetch';

// The onRequest interceptor sets the legacy Basic header after the call's own options: migrating the URL alone
// would send KYX the legacy credentials.
export async function startFaceCheck(enrollmentReference: string): Promise<string> {
  const res = await ofetch<{ redirectUrl: string }>('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    body: { enrollmentTransactionReference: enrollmentReference },
    onRequest({ options }) {
      options.headers.set('Authorization', 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`));
    },
  });
  return res.redirectUrl;
}
