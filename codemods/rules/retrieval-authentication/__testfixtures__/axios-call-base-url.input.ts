// The legacy host is the call's own baseURL option (a constant only it reads), the path its URL.
import axios from 'axios';

const JUMIO_API = 'https://lon.netverify.com/api/netverify/v2';

interface AuthenticationDetails {
  transactionReference: string;
  userReference?: string;
}

export async function authenticationUser(reference: string) {
  const { data } = await axios.get<AuthenticationDetails>(`/authentications/${reference}`, {
    baseURL: JUMIO_API,
    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
    headers: { Accept: 'application/json' },
    timeout: 10000,
  });
  return { user: data.userReference, reference: data.transactionReference };
}
