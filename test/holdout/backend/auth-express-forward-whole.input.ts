import type { Request, Response } from 'express';

const JUMIO = 'https://netverify.com/api/auth/v1/initiate';

export async function faceLoginHandler(req: Request, res: Response): Promise<void> {
  const r = await fetch(JUMIO, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${process.env.JUMIO_AUTH_STRING}`,
    },
    body: JSON.stringify({ enrollmentTransactionReference: req.body.scanRef, userReference: req.body.userId }),
  });
  const data = await r.json();
  res.json(data);
}
