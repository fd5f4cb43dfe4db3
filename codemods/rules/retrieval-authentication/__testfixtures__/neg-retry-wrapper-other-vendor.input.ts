import pRetry from 'p-retry';
import axios from 'axios';

// A payment provider's transfer status, polled through p-retry: same reads, not Jumio.
interface TransferStatus {
  transactionReference: string;
  userReference?: string;
  transactionResult: string;
}

export async function transferStatus(reference: string): Promise<string> {
  const { data } = await pRetry(() => axios.get<TransferStatus>(`https://api.paystack.co/transfer/verify/${reference}`, {
    auth: { username: process.env.PAYSTACK_KEY!, password: '' },
  }), { retries: 3 });
  return `${data.transactionReference}:${data.transactionResult}`;
}
