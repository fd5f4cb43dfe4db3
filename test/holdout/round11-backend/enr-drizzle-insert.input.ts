// Drizzle ORM: the onboarding session is inserted with the Jumio reference; got's json() (US).
import got from 'got';
import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const verifications = pgTable('verifications', {
  customerId: text('customer_id').notNull(),
  scanReference: text('scan_reference').notNull(),
  link: text('link').notNull(),
  createdAt: timestamp('created_at').defaultNow(),
});

const db = drizzle(process.env.DATABASE_URL!);

export async function openVerification(customerId: string) {
  const session = await got
    .post('https://netverify.com/api/v4/initiate', {
      json: { customerInternalReference: customerId, workflowId: 202, callbackUrl: 'https://api.acme.example/jumio/idv-callback' },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
    })
    .json<{ timestamp: string; redirectUrl: string; transactionReference: string }>();
  await db.insert(verifications).values({ customerId, scanReference: session.transactionReference, link: session.redirectUrl });
  return session.redirectUrl;
}
