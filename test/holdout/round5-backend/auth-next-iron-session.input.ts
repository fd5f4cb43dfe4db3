// pages/api/face/start.ts
import type { NextApiRequest, NextApiResponse } from 'next';
import { withIronSessionApiRoute } from 'iron-session/next';
import got from 'got';
import { sessionOptions } from '../../../lib/session';

type InitiateResponse = { timestamp: string; redirectUrl: string; transactionReference: string };

async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const user = req.session.user;
  if (!user) return res.status(401).json({ message: 'sign in' });

  const started = await got
    .post('https://netverify.com/api/authentication/v1/web/initiate', {
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'User-Agent': 'Brightline Next/13' },
      json: {
        enrollmentTransactionReference: user.jumioEnrollment,
        userReference: user.id,
        errorUrl: `${process.env.NEXT_PUBLIC_SITE_URL}/face/error`,
      },
    })
    .json<InitiateResponse>();

  req.session.faceRef = started.transactionReference;
  await req.session.save();
  res.status(200).json({ redirectUrl: started.redirectUrl });
}

export default withIronSessionApiRoute(handler, sessionOptions);
