// A call's own retry option with a methods list: ky's `methods: ['post']` resent the legacy POST and will not resend
// the PUT (no item, nothing added); got's list naming PUT too will resend it (an item saying so).
import ky from 'ky';
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceLogin(userId: string, enrollmentReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const started = await ky
    .put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      json: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
      headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      retry: { limit: 2, methods: ['post'] },
    })
    .json<{ web: { href: string } }>();
  return started.web.href;
}

export async function startUsFaceLogin(userId: string, enrollmentReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-authentication: this call's retry option (line 23) now resends a PUT on a network error or a 5xx (as it resent the legacy POST), and every KYX account PUT starts a new workflow execution: give this call retry: { limit: 0 }
  const kyxAccount2 = await resolveKyxAccount(enrollmentReference);
  const started = await got
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
      json: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
      retry: { limit: 2, methods: ['POST', 'PUT'] },
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    })
    .json<{ web: { href: string } }>();
  return started.web.href;
}
