// Cache-aside (SG): derived fields of the retrieval cached in Redis for a minute; fetch with a pre-encoded Basic key.
import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });

export async function faceLoginSummary(reference: string): Promise<{ user?: string; ref: string }> {
  const key = `face-login:${reference}`;
  const cached = await redis.get(key);
  if (cached) return JSON.parse(cached);
  const res = await fetch(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC_B64}`, Accept: 'application/json', 'User-Agent': 'Acme SG/3.1' },
  });
  if (!res.ok) throw new Error(`retrieval ${res.status}`);
  const d = await res.json();
  const summary = { user: d.userReference, ref: d.transactionReference };
  await redis.set(key, JSON.stringify(summary), { EX: 60 });
  return summary;
}
