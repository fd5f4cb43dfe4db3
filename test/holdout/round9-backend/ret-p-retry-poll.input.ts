// Waits for a face authentication to finish, polling the legacy retrieval API with p-retry (EU).
import pRetry, { AbortError } from 'p-retry';
import axios from 'axios';

interface AuthenticationStatus {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  userReference?: string;
}

const RETRIEVAL = 'https://lon.netverify.com/api/netverify/v2/authentications';

export async function waitForFaceAuth(reference: string): Promise<boolean> {
  const details = await pRetry(
    async () => {
      const { data } = await axios.get<AuthenticationStatus>(`${RETRIEVAL}/${reference}`, {
        auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
        headers: { 'User-Agent': 'Contoso Risk/1.1' },
      });
      if (data.transactionResult === 'CREATED' || data.transactionResult === 'STARTED') throw new Error('pending');
      if (data.transactionResult === 'EXPIRED') throw new AbortError('expired');
      return data;
    },
    { retries: 20, minTimeout: 3_000, factor: 1 },
  );
  return details.transactionResult === 'PASSED';
}
