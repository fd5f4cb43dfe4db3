import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

// Settings keyed by const Symbols (a private registry key): `jumioSettings[INITIATE]` is the one literal it names.
const INITIATE = Symbol('initiate');
const TIMEOUT = Symbol('timeout');

export const jumioSettings = Object.freeze({
  [INITIATE]: 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate',
  [TIMEOUT]: 10_000,
});

export async function startFaceLogin(enrollment, userId) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const body = await got
    .put(`https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      json: { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
      timeout: { request: jumioSettings[TIMEOUT] },
      headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
      retry: { limit: 0 },
    })
    .json();
  return { url: body.web.href, reference: body.workflowExecution.id };
}
