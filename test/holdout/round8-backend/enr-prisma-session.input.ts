// Express route: creates an ID verification and records it with Prisma.
import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
import got from 'got';

const prisma = new PrismaClient();
export const kycRouter = Router();

kycRouter.post('/kyc/sessions', async (req, res, next) => {
  try {
    const user = req.user as { id: string; locale: string };
    const started = await got
      .post('https://core-sgp.jumio.com/api/v4/initiate', {
        json: {
          customerInternalReference: user.id,
          userReference: user.id,
          workflowId: 202,
          locale: user.locale,
          callbackUrl: 'https://api.tradewinds.example.sg/webhooks/jumio',
        },
        username: process.env.JUMIO_TOKEN,
        password: process.env.JUMIO_SECRET,
        headers: { 'User-Agent': 'Tradewinds/8.0' },
      })
      .json<{ redirectUrl: string; transactionReference: string }>();
    const session = await prisma.kycSession.create({
      data: { userId: user.id, provider: 'jumio', scanReference: started.transactionReference, url: started.redirectUrl },
    });
    res.status(201).json({ id: session.id, url: started.redirectUrl });
  } catch (err) {
    next(err);
  }
});
