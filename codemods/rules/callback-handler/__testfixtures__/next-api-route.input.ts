import type { NextApiRequest, NextApiResponse } from 'next';
import querystring from 'node:querystring';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const form = querystring.parse(req.body as string);
  const result = form['transactionResult'];
  const enrollment = form['enrollmentTransactionReference'];
  await fetch(`${process.env.INTERNAL_API}/kyc/${enrollment}`, { method: 'PATCH', body: JSON.stringify({ result }) });
  res.status(200).end();
}
