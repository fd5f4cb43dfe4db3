import { z } from 'zod';

// safeParse: the response is the result's `data` once `success` is tested (round 45).
const Started = z.object({ timestamp: z.string(), redirectUrl: z.string().url(), transactionReference: z.string() });

export async function startFaceAuth(enrollmentReference: string, userId: string): Promise<{ url: string; ref: string }> {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
  });
  const parsed = Started.safeParse(await res.json());
  if (!parsed.success) throw new Error(parsed.error.message);
  return { url: parsed.data.redirectUrl, ref: parsed.data.transactionReference };
}
