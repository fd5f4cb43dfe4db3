import { z } from 'zod';

// The schema transforms what it parsed: the transform reads the response, the route reads its own names (round 45).
const Started = z
  .object({ redirectUrl: z.string().url(), transactionReference: z.string().uuid() })
  .transform((started) => ({ link: started.redirectUrl, id: started.transactionReference }));

export async function startFaceAuth(enrollmentReference: string, userId: string): Promise<{ url: string; ref: string }> {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
  });
  const session = Started.parse(await res.json());
  return { url: session.link, ref: session.id };
}
