import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const { JUMIO_DATACENTER = 'US' } = process.env;

const DATACENTERS = new Map([
  ['US', 'https://netverify.com'],
  ['EU', 'https://lon.netverify.com'],
]);

export async function requestFaceAuthentication(customer) {
  const base = DATACENTERS.get(JUMIO_DATACENTER);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(customer.kycReference);
  const kyxOrigin = { 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' }[new URL(`${base}/api/authentication/v1/web/initiate`).origin];
  const response = await axios({
    method: 'put',
    url: `${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`,
    data: { customerInternalReference: customer.customerNumber, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: customer.customerNumber },
    headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` },
  });
  return response.data.web.href;
}

// A map filled at run time proves nothing.
const TENANT_HOSTS = new Map([['acme', 'https://lon.netverify.com']]);
export function registerTenant(name, host) {
  TENANT_HOSTS.set(name, host);
}
export async function tenantFaceAuthentication(tenant, customer) {
  // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: an authentication body (enrollmentTransactionReference) is sent to {…}/api/authentication/v1/web/initiate, whose host comes from a value the codemod cannot read (a config value, an imported setting, a parameter): if it is a legacy Jumio host, migrate this call by hand to the KYX account API (PUT https://account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token, and point the setting at the KYX host (see MIGRATION.md)
  const response = await axios.post(`${TENANT_HOSTS.get(tenant)}/api/authentication/v1/web/initiate`, {
    enrollmentTransactionReference: customer.kycReference,
  });
  return response.data.redirectUrl;
}
