import wretch from 'wretch';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// A wretch instance on the legacy base with the Basic credentials, shared with another call. The migrated chain
// replaces the URL (.url(kyxUrl, true): wretch otherwise appends it to the base) and adds its own .auth(…), which
// wretch sends instead of the instance's; the instance stays as it is.
// TODO(netverify-migrate): initiate-authentication: this wretch() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = wretch('https://lon.netverify.com/api')
  .auth(`Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`)
  .accept('application/json');

export async function startFaceAuth(enrollmentReference: string, userId: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const started = await jumio
    .url(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, true)
    .auth(`Bearer ${await kyxAccessToken('emea-1')}`)
    .put({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId, tokenLifetime: '30m' })
    .json<{ web: { href: string }; workflowExecution: { id: string } }>();
  return { url: started.web.href, reference: started.workflowExecution.id };
}

export function acceptedIdTypes() {
  return jumio.url('/netverify/v2/acceptedIdTypes').get().json();
}
