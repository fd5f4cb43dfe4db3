// server/api/face/start.post.ts — Nitro auto-imports $fetch (ofetch): the promise resolves to the parsed body.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth'

interface InitiateResponse {
  timestamp: string
  web: { href: string }
  workflowExecution: { id: string }
}

export default defineEventHandler(async (event) => {
  const { enrollmentRef, userId } = await readBody(event)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef)
  const res = await $fetch<InitiateResponse>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${await kyxAccessToken('emea-1')}`,
      'User-Agent': 'Vela Portal/2.0',
    },
    body: {
      customerInternalReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: userId,
      callbackUrl: 'https://portal.vela.example/api/face/callback',
    },
  })
  return { url: res.web.href, ref: res.workflowExecution.id }
})
