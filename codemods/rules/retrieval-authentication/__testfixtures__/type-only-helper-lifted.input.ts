// A file of a repository migrated in parts: it already imports a type of the KYX helper, type-only.
import axios from 'axios';
import type { KyxAccount, kyxAccessToken } from './kyx-auth.js';

export type TokenSource = typeof kyxAccessToken;

export async function faceLoginResult(reference: string, account?: KyxAccount) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  });
  return { reference: data.transactionReference, account };
}
