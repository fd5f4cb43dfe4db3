// Face login start of the member area (Express 4, TypeScript, the global fetch). The upstream call is retried here
// on 5xx answers and network errors, up to three attempts with a growing pause.
import type { Request, Response } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { saveFaceLogin } from './store.js';

const FACE_LOGIN_URL = 'https://www.netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginRequest {
  memberId: string;
  enrollmentReference: string;
  locale?: string;
}

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(req: Request, res: Response): Promise<void> {
  const { memberId, enrollmentReference, locale } = req.body as FaceLoginRequest;
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const response = await fetch(FACE_LOGIN_URL, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: 'Basic ' + btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`),
          'User-Agent': 'Acme Members/12.4',
        },
        body: JSON.stringify({
          enrollmentTransactionReference: enrollmentReference,
          userReference: memberId,
          successUrl: 'https://members.acme.com/face-login/welcome-back',
          errorUrl: 'https://members.acme.com/face-login/try-again',
          locale: locale ?? 'en-US',
          tokenLifetimeInMinutes: 45,
        }),
      });
      if (response.status >= 500) throw new Error(`face login upstream ${response.status}`);
      if (!response.ok) {
        res.status(400).json({ error: 'face login refused' });
        return;
      }
      const started: FaceLoginStarted = await response.json();
      await saveFaceLogin(memberId, started.transactionReference);
      res.status(201).json({ url: started.redirectUrl });
      return;
    } catch (err) {
      lastError = err;
      await sleep(200 * 2 ** attempt);
    }
  }
  res.status(502).json({ error: `face login unavailable: ${String(lastError)}` });
}
