// A sweeper (US) that records face-login outcomes with Drizzle; got's .json<T>().
import got from 'got';
import { eq } from 'drizzle-orm';
import { db } from '@acme/db';
import { faceLogins } from '@acme/db/schema';

export async function recordOutcome(reference: string) {
  const details = await got(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
    headers: { 'user-agent': 'Acme Sweeper/1.3' },
  }).json<{ transactionReference: string; transactionResult: string }>();
  await db
    .update(faceLogins)
    .set({ result: details.transactionResult, checkedAt: new Date() })
    .where(eq(faceLogins.reference, details.transactionReference));
}
