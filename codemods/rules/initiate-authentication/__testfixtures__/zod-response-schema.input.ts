import { z } from 'zod';

const InitiateResponse = z
  .object({
    timestamp: z.string(),
    redirectUrl: z.string().url(),
    transactionReference: z.string().uuid(),
  })
  .strict();
type InitiateResponse = z.infer<typeof InitiateResponse>;

// Also parses what other code stored: the schema cannot change under it (flagged instead).
const SharedResponse = z.object({ redirectUrl: z.string(), transactionReference: z.string() });
export function parseStored(raw: unknown) {
  return SharedResponse.parse(raw);
}

const NETVERIFY_BASE = 'https://lon.netverify.com';
const basic = () => `Basic ${Buffer.from(`${process.env.NV_TOKEN}:${process.env.NV_SECRET}`).toString('base64')}`;

export async function startFaceAuth(enrollmentReference: string, userId: string): Promise<{ url: string; ref: string }> {
  const res = await fetch(`${NETVERIFY_BASE}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: basic() },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
  });
  const parsed: InitiateResponse = InitiateResponse.parse(await res.json());
  return { url: parsed.redirectUrl, ref: parsed.transactionReference };
}

export async function startShared(enrollmentReference: string) {
  const res = await fetch(`${NETVERIFY_BASE}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: basic() },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  return SharedResponse.parse(await res.json()).redirectUrl;
}
