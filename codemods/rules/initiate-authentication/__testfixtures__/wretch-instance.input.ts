import wretch from 'wretch';

// A wretch instance on the legacy base with the Basic credentials, shared with another call. The migrated chain
// replaces the URL (.url(kyxUrl, true): wretch otherwise appends it to the base) and adds its own .auth(…), which
// wretch sends instead of the instance's; the instance stays as it is.
const jumio = wretch('https://lon.netverify.com/api')
  .auth(`Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`)
  .accept('application/json');

export async function startFaceAuth(enrollmentReference: string, userId: string) {
  const started = await jumio
    .url('/authentication/v1/web/initiate')
    .post({ enrollmentTransactionReference: enrollmentReference, userReference: userId, tokenLifetimeInMinutes: 30 })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return { url: started.redirectUrl, reference: started.transactionReference };
}

export function acceptedIdTypes() {
  return jumio.url('/netverify/v2/acceptedIdTypes').get().json();
}
