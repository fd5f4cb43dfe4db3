import { ofetch } from 'ofetch';

// The onRequest interceptor sets the legacy Basic header after the call's own options: migrating the URL alone
// would send KYX the legacy credentials.
export async function startFaceCheck(enrollmentReference: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: an onRequest interceptor of this call (line 9) may set the Authorization header: it runs after the call's own options and would replace the KYX Bearer token with the legacy credentials; make it leave KYX calls alone, then migrate the call as in MIGRATION.md
  const res = await ofetch<{ redirectUrl: string }>('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    body: { enrollmentTransactionReference: enrollmentReference },
    onRequest({ options }) {
      options.headers.set('Authorization', 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`));
    },
  });
  return res.redirectUrl;
}
