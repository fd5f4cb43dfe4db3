import { Pool } from 'undici';

// Same path shape on a pool for another identity provider, and a pool already on KYX.
const vendor = new Pool('https://api.faceid.example.com');
const kyx = new Pool('https://retrieval.amer-1.jumio.ai');

export async function vendorAuthentication(ref: string) {
  const { body } = await vendor.request({ path: `/api/netverify/v2/authentications/${ref}`, method: 'GET', headers: { authorization: `Basic ${process.env.FACEID_BASIC}` } });
  return ((await body.json()) as { transactionReference: string }).transactionReference;
}

export async function kyxDetails(accountId: string, ref: string, token: string) {
  const { body } = await kyx.request({ path: `/api/v1/accounts/${accountId}/workflow-executions/${ref}`, method: 'GET', headers: { authorization: `Bearer ${token}` } });
  return body.json();
}
