// Harbourline Securities (SG): a withdrawal to a newly added bank account waits for a face login. Express 4 with
// express-session (Redis store in app.ts), Node's fetch. The vendor's answer is kept in the session as it came, so the
// app's "continue verification" button can reopen the same link after the client switched apps; the session's shape
// is declared by augmenting express-session's SessionData below.
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { findWithdrawal, saveWithdrawalStepUp } from './store.js';

declare module 'express-session' {
  interface SessionData {
    /** The vendor's answer to the last face-login initiate of this session. */
    faceLogin?: { timestamp: string; redirectUrl: string; transactionReference: string };
    withdrawalId?: string;
  }
}

const NETVERIFY_SG = 'https://core-sgp.jumio.com';

export const withdrawalFaceLogin = express.Router();

withdrawalFaceLogin.post('/withdrawals/:id/face-login', async (req: Request, res: Response, next: NextFunction) => {
  try {
    const withdrawal = await findWithdrawal(req.params.id);
    const response = await fetch(`${NETVERIFY_SG}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${process.env.HARBOURLINE_NV_TOKEN}:${process.env.HARBOURLINE_NV_SECRET}`).toString('base64'),
        'User-Agent': 'Harbourline-Withdrawals/3.2',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: withdrawal.client.netverifyScanRef,
        userReference: withdrawal.client.clientNo,
        successUrl: `https://trade.harbourline.example/withdrawals/${withdrawal.id}/confirmed`,
        errorUrl: `https://trade.harbourline.example/withdrawals/${withdrawal.id}/not-confirmed`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 30,
      }),
    });
    if (!response.ok) return res.status(502).json({ error: 'face login unavailable' });

    const started = await response.json();
    req.session.faceLogin = started;
    req.session.withdrawalId = withdrawal.id;
    await saveWithdrawalStepUp(withdrawal.id, started.transactionReference);
    res.redirect(started.redirectUrl);
  } catch (err) {
    next(err);
  }
});

/** "Continue verification": reopens the link of the face login this session started. */
withdrawalFaceLogin.get('/withdrawals/face-login/continue', (req: Request, res: Response) => {
  const pending = req.session.faceLogin;
  if (!pending) return res.redirect('/withdrawals');
  const { redirectUrl } = pending;
  res.redirect(redirectUrl);
});
