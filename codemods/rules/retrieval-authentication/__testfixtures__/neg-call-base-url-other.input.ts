import axios from 'axios';
import got from 'got';

// The same path under another service's base URL given in the call's own options: a payment API and an identity
// vendor. Not the Jumio retrieval: left alone.
export async function paymentAuthentication(ref: string) {
  const { data } = await axios.get(`/authentications/${ref}`, {
    baseURL: 'https://api.payments.example.com/api/netverify/v2',
    auth: { username: process.env.PAY_KEY!, password: process.env.PAY_SECRET! },
  });
  return data.transactionReference;
}

export async function vendorAuthentication(ref: string) {
  const details = await $fetch<{ userReference: string }>(`/api/netverify/v2/authentications/${ref}`, { baseURL: 'https://netverify.eu' });
  return details.userReference;
}

export async function vendorResult(ref: string) {
  return got(`api/netverify/v2/authentications/${ref}`, { prefixUrl: 'https://id.vendor.example.com' }).json();
}
