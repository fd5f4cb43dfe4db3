// Two initiates: one through the corporate egress proxy (an https-proxy-agent with the company's CA), one through a
// plain keep-alive agent. The first keeps its agent once migrated, but the KYX token request of the helper uses the
// global fetch, which takes no agent: an item says so. A keep-alive agent routes nothing: no item.
import axios from 'axios';
import { Agent } from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const egress = new HttpsProxyAgent(process.env.HTTPS_PROXY ?? 'http://egress.internal:3128');
const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 });

export async function startBehindProxy(enrollmentReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-authentication: this call goes out through its own transport (httpsAgent), kept as written: the KYX token request in kyx-auth.ts (kyxAccessToken) uses the global fetch, which takes none of it — behind an egress proxy or a private CA give it the same route (undici's setGlobalDispatcher with a ProxyAgent or EnvHttpProxyAgent, NODE_EXTRA_CA_CERTS), and let the proxy's allow list and NO_PROXY admit the KYX hosts
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { httpsAgent: egress, proxy: false, headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href as string;
}

export async function startDirect(enrollmentReference: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount2 = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`,
    { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { httpsAgent: keepAlive, headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return data.web.href as string;
}
