// Retrieval through undici.request (Singapore); the details are cached whole in Redis for the support console.
import { request } from 'undici';
import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });
const authorization = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function cacheAuthentication(reference: string): Promise<void> {
  const { statusCode, body } = await request(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
    headers: { authorization, accept: 'application/json' },
  });
  if (statusCode !== 200) throw new Error(`retrieval ${statusCode}`);
  const details = await body.json();
  await redis.set(`face-login:${reference}`, JSON.stringify(details), { EX: 86_400 });
}
