import { z } from 'zod';

const AuthenticationDetails = z.object({
  timestamp: z.string(),
  transactionReference: z.string(),
  transactionResult: z.enum(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
  userReference: z.string().optional(),
});

const basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export async function loadAuthentication(reference: string) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${basic}`, Accept: 'application/json' },
  });
  const parsed = AuthenticationDetails.safeParse(await res.json());
  if (!parsed.success) throw new Error(`unexpected Jumio payload: ${parsed.error.message}`);
  return { ref: parsed.data.transactionReference, ok: parsed.data.transactionResult === 'PASSED' };
}
