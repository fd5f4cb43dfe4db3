import axios from 'axios';
import got from 'got';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';

export class JumioService {
  async viaThen(ref: string) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(ref);
    return axios.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } })
      .then(({ data }) => data.web.href);
  }

  async viaGot(ref: string) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount2 = await resolveKyxAccount(ref);
    const r = await got(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
      method: 'PUT',
      json: { customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      retry: { limit: 0 },
    }).json<{ web: { href: string }; workflowExecution: { id: string } }>();
    return r.workflowExecution.id;
  }

  async viaNested(ref: string) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount3 = await resolveKyxAccount(ref);
    const { data: { web: { href: redirectUrl }, workflowExecution: { id: tx } } } = await axios.request({
      url: `https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount3.accountId}`,
      method: 'put',
      data: { customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount3.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
      headers: { authorization: `Bearer ${await kyxAccessToken('apac-1')}` },
    });
    return [redirectUrl, tx];
  }

  async viaFetchOptions(ref: string) {
    const kyxAccount4 = await resolveKyxAccount(ref);
    const options = {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      body: JSON.stringify({ customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount4.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
    };
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const response = await fetch(
      `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount4.accountId}`,
      options,
    );
    const { web: { href: redirectUrl } } = await response.json();
    return redirectUrl as string;
  }
}
