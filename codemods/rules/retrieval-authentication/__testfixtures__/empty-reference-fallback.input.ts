// GET /kyc/result?ref=… — the reference falls back to '' when the query has none (the legacy API answers 404 then).
import type { Request, Response } from 'express';

export async function kycResult(req: Request, res: Response): Promise<void> {
  const reference = (req.query.ref as string | undefined) ?? '';
  const auth = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
  const response = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${auth}` },
  });
  const details = (await response.json()) as { transactionResult: string };
  res.json({ reference, passed: details.transactionResult === 'PASSED' });
}
