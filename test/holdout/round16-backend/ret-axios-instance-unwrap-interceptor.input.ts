// An axios instance (EU) on the legacy retrieval base with Basic auth, and a response interceptor that unwraps the
// body.
import axios from 'axios';

interface AuthDetails {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
}

const netverify = axios.create({
  baseURL: 'https://lon.netverify.com/api/netverify/v2',
  auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
});
netverify.interceptors.response.use((response: { data: unknown }) => response.data);

export async function faceLoginVerdict(reference: string) {
  const details = (await netverify.get(`/authentications/${reference}`)) as unknown as AuthDetails;
  return { reference: details.transactionReference, user: details.userReference ?? null, passed: details.transactionResult === 'PASSED' };
}
