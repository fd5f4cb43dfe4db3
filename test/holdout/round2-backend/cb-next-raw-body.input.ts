// pages/api/jumio/callback.ts
import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';

export const config = { api: { bodyParser: false } };

async function readBody(req: NextApiRequest): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const params = new URLSearchParams(await readBody(req));
  const reference = params.get('transactionReference');
  const result = params.get('transactionResult');
  if (!reference || !result) return res.status(400).end();

  await prisma.stepUp.update({
    where: { jumioReference: reference },
    data: { status: result === 'PASSED' ? 'VERIFIED' : 'REJECTED', checkedAt: new Date(params.get('callbackDate') ?? Date.now()) },
  });
  res.status(200).end();
}
