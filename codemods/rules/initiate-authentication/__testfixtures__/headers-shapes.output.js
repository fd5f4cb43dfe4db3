// superagent .set({...}) with Authorization and Content-Length; fetch with a Headers instance (not editable: stop).
import superagent from 'superagent';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';
export async function a(ref) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(ref);
  const res = await superagent.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`)
    .set({ Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'User-Agent': 'X/1' })
    .send({ customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } });
  return res.body.web.href;
}
export async function b(ref) {
  const h = new Headers();
  h.set('Authorization', 'Basic abc');
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the headers are built as an object the codemod cannot edit (e.g. a Headers instance); set Authorization: Bearer from kyxAccessToken by hand
  const r = await fetch('https://netverify.com/api/authentication/v1/web/initiate', { method: 'POST', headers: h, body: JSON.stringify({ enrollmentTransactionReference: ref }) });
  return (await r.json()).redirectUrl;
}
export async function c(ref) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: the headers are built as an object the codemod cannot edit (e.g. a Headers instance); set Authorization: Bearer from kyxAccessToken by hand
  const r = await fetch('https://netverify.com/api/authentication/v1/web/initiate', { method: 'POST', headers: new Headers([['Authorization', 'Basic x']]), body: JSON.stringify({ enrollmentTransactionReference: ref }) });
  return (await r.json()).redirectUrl;
}
