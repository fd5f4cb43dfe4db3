import superagent from 'superagent';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function startAuth(row) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(row.scanReference);
  return superagent
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`)
    .set('Authorization', `Bearer ${await kyxAccessToken('amer-1')}`)
    .set('User-Agent', 'Redirect Batch/1.0')
    .set('Accept', 'application/json')
    .send({
      customerInternalReference: row.userReference,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: row.userReference,
      web: { locale: row.locale },
    })
    .then((res) => [row.userReference, res.body.web.href, res.body.workflowExecution.id].join(','));
}
