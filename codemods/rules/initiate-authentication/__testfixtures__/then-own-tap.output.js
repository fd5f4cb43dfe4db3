// The file's own tap(effect) handed to .then: the effect sees the answer, the chain keeps it.
import axios from 'axios';
import { audit } from './audit.js';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const tap = (effect) => async (value) => {
  await effect(value);
  return value;
};

export async function startStepUp(user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
  return axios
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: user.enrollmentRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
      { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
    .then(({ data }) => data)
    .then(tap((started) => audit('step-up', started.workflowExecution.id)))
    .then((started) => started.web.href);
}
