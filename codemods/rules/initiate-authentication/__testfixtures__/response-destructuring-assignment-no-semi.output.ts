// No semicolons: the answer is destructured into a variable declared before, behind a `;(` guard.
import axios from 'axios'
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth'

export async function start(enrolmentRef: string): Promise<string> {
  let started: { web: { href: string }; workflowExecution: { id: string } }
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  try {
    const kyxAccount = await resolveKyxAccount(enrolmentRef)
    ;({ data: started } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: enrolmentRef,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } }))
  } catch (err) {
    throw new Error('face login not started', { cause: err })
  }
  return started.web.href
}
