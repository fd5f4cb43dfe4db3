// Face login through a settings object whose getters build the endpoint and the Basic header (EU).
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function startFaceLogin(enrollmentReference, customer) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: customer.id, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: customer.id },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
  );
  return data.web.href;
}
