// ofetch GET with its own retry options (a GET may be resent) and a typed result (EU).
import { ofetch } from 'ofetch';

interface Details {
  transactionReference: string;
  userReference?: string;
  transactionResult: string;
}

export async function faceLoginPassed(reference: string): Promise<boolean> {
  const details = await ofetch<Details>(`https://lon.netverify.com/api/netverify/v2/authentications/${encodeURIComponent(reference)}`, {
    retry: 3,
    retryDelay: 500,
    retryStatusCodes: [502, 503, 504],
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  });
  console.info('face login result for', details.userReference);
  return details.transactionResult === 'PASSED';
}
