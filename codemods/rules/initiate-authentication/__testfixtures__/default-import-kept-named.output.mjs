// A default import read only by the Basic header goes; the named import of the same declaration stays for the code
// that still reads it (a module that does something when loaded would keep loading all the same).
import { decode } from 'base-64';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function start(enrollment, user) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const res = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: user, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return res.data.web.href;
}

export const readState = (state) => JSON.parse(decode(state));
