import pRetry from 'p-retry';
import axios from 'axios';

const RETRIEVAL = 'https://lon.netverify.com/api/netverify/v2/authentications';

interface FaceAuthDetails {
  transactionReference: string;
  userReference?: string;
  transactionResult: string;
}

/** Jumio's retrieval API is eventually consistent: retry a few times on network errors and 5xx. */
export async function fetchAuthentication(reference: string): Promise<{ reference: string; user?: string }> {
  const { data } = await pRetry(() => axios.get<FaceAuthDetails>(`${RETRIEVAL}/${reference}`, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
    headers: { 'User-Agent': 'Acme KYC/1.0' },
  }), { retries: 3, minTimeout: 500 });
  return { reference: data.transactionReference, user: data.userReference };
}
