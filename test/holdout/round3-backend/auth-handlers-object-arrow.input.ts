import type { Request, Response } from 'express';
import { findUser } from './users.js';

const JUMIO = {
  host: 'https://netverify.com',
  token: process.env.JUMIO_TOKEN!,
  secret: process.env.JUMIO_SECRET!,
};

type FaceLoginBody = { userId: string };

export const handlers = {
  health: async (_req: Request, res: Response) => {
    res.json({ ok: true });
  },

  startFaceLogin: async (req: Request<{}, {}, FaceLoginBody>, res: Response) => {
    const user = await findUser(req.body.userId);
    if (!user?.jumioEnrollmentRef) {
      res.status(409).json({ error: 'user has no face enrolment' });
      return;
    }
    const response = await fetch(`${JUMIO.host}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Basic ${Buffer.from(`${JUMIO.token}:${JUMIO.secret}`).toString('base64')}`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: user.jumioEnrollmentRef,
        userReference: user.id,
        callbackUrl: 'https://api.example.com/hooks/jumio',
      }),
    });
    if (!response.ok) {
      res.status(502).json({ error: 'jumio unavailable' });
      return;
    }
    const payload = (await response.json()) as { redirectUrl: string; transactionReference: string; timestamp: string };
    res.json({
      iframeSrc: payload.redirectUrl,
      authRef: payload.transactionReference,
      startedAt: payload.timestamp,
    });
  },
};
