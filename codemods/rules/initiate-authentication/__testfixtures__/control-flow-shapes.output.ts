// A call under an if without braces (stop), in a loop body, and as an expression-bodied arrow (becomes a block).
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function a(ref: string, go: boolean) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the call is the body of an if/loop without braces; add braces so the account lookup runs only with the call
  if (go) await fetch('https://netverify.com/api/authentication/v1/web/initiate', { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: ref }) });
  for (const r of [ref]) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(r);
    const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { method: 'PUT', body: JSON.stringify({ customerInternalReference: r, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }), headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
    console.log((await res.json()).web.href);
  }
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const f = async (x: string) => {
    const kyxAccount2 = await resolveKyxAccount(x);
    return fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, { method: 'PUT', body: JSON.stringify({ customerInternalReference: x, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }), headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  };
  return f;
}
