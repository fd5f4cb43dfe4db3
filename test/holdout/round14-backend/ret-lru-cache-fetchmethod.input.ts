// Authentication results cached in an lru-cache whose fetchMethod calls the retrieval API (EU).
import { LRUCache } from 'lru-cache';

interface AuthenticationDetails {
  transactionReference: string;
  userReference?: string;
  transactionResult: string;
}

const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const faceLoginOwners = new LRUCache<string, string>({
  max: 5_000,
  ttl: 10 * 60 * 1000,
  fetchMethod: async (reference) => {
    const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Accept: 'application/json', Authorization: `Basic ${basic}` },
    });
    if (!res.ok) throw new Error(`retrieval ${res.status}`);
    const details = (await res.json()) as AuthenticationDetails;
    return details.userReference ?? '';
  },
});
