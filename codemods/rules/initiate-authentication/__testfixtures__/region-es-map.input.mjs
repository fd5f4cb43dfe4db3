import axios from 'axios';

const { JUMIO_TOKEN, JUMIO_SECRET, JUMIO_DATACENTER = 'US' } = process.env;

const DATACENTERS = new Map([
  ['US', 'https://netverify.com'],
  ['EU', 'https://lon.netverify.com'],
]);

export async function requestFaceAuthentication(customer) {
  const base = DATACENTERS.get(JUMIO_DATACENTER);
  const response = await axios({
    method: 'post',
    url: `${base}/api/authentication/v1/web/initiate`,
    auth: { username: JUMIO_TOKEN, password: JUMIO_SECRET },
    data: { enrollmentTransactionReference: customer.kycReference, userReference: customer.customerNumber },
  });
  return response.data.redirectUrl;
}

// A map filled at run time proves nothing.
const TENANT_HOSTS = new Map([['acme', 'https://lon.netverify.com']]);
export function registerTenant(name, host) {
  TENANT_HOSTS.set(name, host);
}
export async function tenantFaceAuthentication(tenant, customer) {
  const response = await axios.post(`${TENANT_HOSTS.get(tenant)}/api/authentication/v1/web/initiate`, {
    enrollmentTransactionReference: customer.kycReference,
  });
  return response.data.redirectUrl;
}
