import got from 'got';
import ky from 'ky';

// Same shapes against other services: an identity vendor with an authentications route, and a KYX instance.
const vendor = got.extend({
  prefixUrl: 'https://api.authvendor.example.com/api/netverify/v2',
  username: process.env.VENDOR_KEY,
  password: process.env.VENDOR_SECRET,
  responseType: 'json',
});

const kyx = ky.create({ prefixUrl: 'https://retrieval.emea-1.jumio.ai/api/v1' });

export async function vendorResult(ref: string) {
  const { body } = await vendor.get<{ transactionReference: string }>(`authentications/${ref}`);
  return body.transactionReference;
}

export async function kyxDetails(accountId: string, ref: string, token: string) {
  return kyx.get(`accounts/${accountId}/workflow-executions/${ref}`, { headers: { Authorization: `Bearer ${token}` } }).json();
}
