import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

// transformResponse (one function on the call) decides what the call resolves to and reads the legacy fields itself:
// its reads of the parsed text move; what it returns (the app's own names) is left alone.
export async function startFaceLogin(enrollment, userId) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const { data } = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
    {
      transformResponse: [(raw) => {
        const parsed = JSON.parse(raw);
        return { link: parsed.web.href, reference: parsed.workflowExecution.id };
      }],
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    },
  );
  return data;
}
