// Kysely persistence (US): the reference is inserted, the link returned.
import { Kysely } from 'kysely';

interface Db { face_logins: { user_id: string; reference: string; created_at: Date } }

export async function startFaceLogin(db: Kysely<Db>, userId: string, enrollment: string): Promise<string> {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, locale: 'en-US' }),
  });
  const { redirectUrl, transactionReference } = (await res.json()) as { redirectUrl: string; transactionReference: string };
  await db.insertInto('face_logins').values({ user_id: userId, reference: transactionReference, created_at: new Date() }).execute();
  return redirectUrl;
}
