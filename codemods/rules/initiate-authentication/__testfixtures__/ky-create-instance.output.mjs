import ky from 'ky';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

// A ky.extend() instance with the legacy prefixUrl and a Basic header. The instance stays as it is for its other
// calls; the migrated call sets prefixUrl: '' (ky joins the prefix to any string URL) and its own Authorization
// header, which ky merges over the instance's.
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

// TODO(netverify-migrate): initiate-authentication: this ky.extend() instance still carries the legacy Basic credentials (migrated calls override prefixUrl and the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = ky.extend({
  prefixUrl: 'https://netverify.com/api/',
  headers: { Authorization: `Basic ${basic}`, 'User-Agent': 'Contoso Travel/2.0' },
  timeout: 15000,
  retry: 2,
});

export async function authenticateTraveller(traveller) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(traveller.scanReference);
  const started = await jumio
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      json: { customerInternalReference: traveller.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: traveller.id, web: { locale: 'en-US' } },
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      prefixUrl: '',
      retry: { limit: 0 },
    })
    .json();
  return { url: started.web.href, reference: started.workflowExecution.id };
}

export async function supportedDocuments() {
  return jumio.get('netverify/v2/supportedDocumentTypes').json();
}
