import { Router, type NextFunction, type Request, type Response } from 'express';
import axios from 'axios';
import rateLimit from 'express-rate-limit';
import { requireAuth } from '../auth/require-auth';

export const faceAuthRouter = Router();

const limiter = rateLimit({ windowMs: 60_000, max: 5 });

faceAuthRouter.post(
  '/face-auth/initiate',
  requireAuth,
  limiter,
  async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { data } = await axios.post(
        'https://netverify.com/api/authentication/v1/web/initiate',
        {
          enrollmentTransactionReference: req.user.jumioEnrollmentRef,
          userReference: req.user.id,
          callbackUrl: `${process.env.API_ORIGIN}/webhooks/jumio`,
        },
        {
          headers: {
            Authorization: `Basic ${process.env.JUMIO_BASIC_CREDENTIALS}`,
            'User-Agent': 'Northwind Identity/4.0',
          },
        },
      );
      res.json({ redirectUrl: data.redirectUrl, transactionReference: data.transactionReference });
    } catch (err) {
      next(err);
    }
  },
);
